// Evidence quotes for touch: the first tap on an evidence link shows its quote, the second follows
// the link. Keyboard focus and the mouse show the quote through CSS alone; without this script a
// tap goes straight to the highlighted sentence in the source.
let lastPointer = "mouse";
document.addEventListener("pointerdown", (event) => {
  lastPointer = event.pointerType;
}, true);
function closeAll(except) {
  for (const open of document.querySelectorAll(".evq.open")) if (open !== except) open.classList.remove("open");
}
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a.ev") : null;
  if (!link) {
    closeAll(null);
    return;
  }
  if (lastPointer !== "touch") return;
  const quote = document.getElementById(link.getAttribute("aria-describedby") || "");
  if (!quote || quote.classList.contains("open")) return;
  event.preventDefault();
  closeAll(quote);
  quote.classList.add("open");
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") closeAll(null);
});

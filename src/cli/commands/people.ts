import os from "node:os";
import type { Command } from "commander";
import { openContext } from "../../app/context.ts";
import { findTitle } from "../../catalog/find-title.ts";
import { addPersonAlias, describePerson, mergePeople, removePersonAlias, splitPerson, undoAction, type ActionResult, type Editor } from "../../editor/editor.service.ts";
import { globalOptions } from "../global-options.ts";
import { print, printJson } from "../output.ts";

interface EditOptions {
  by?: string;
  reason?: string;
  json?: boolean;
}

function editor(options: EditOptions, now: Date): Editor {
  return { actor: options.by ?? process.env.CLIFFHANGER_EDITOR ?? os.userInfo().username, reason: options.reason ?? null, now: now.toISOString() };
}

function withEditOptions(command: Command): Command {
  return command.option("--by <name>", "who makes the change (default: CLIFFHANGER_EDITOR or the login name)").option("--reason <text>", "why, kept with the change").option("--json", "print the result as JSON");
}

async function run(command: Command, options: EditOptions, action: (context: Awaited<ReturnType<typeof openContext>>) => Promise<ActionResult>): Promise<void> {
  const context = await openContext(globalOptions(command));
  try {
    const result = await action(context);
    if (options.json) printJson(result);
    else print(`${result.summary} (action ${result.actionId}; undo with: cliffhanger people undo ${result.actionId})`);
  } finally {
    await context.close();
  }
}

export function registerPeople(program: Command): void {
  const people = program.command("people").description("look up people and correct them: merge, split, aliases, undo (every change recorded with who and why)");

  people
    .command("show")
    .description("a person's names, credits and editing history")
    .argument("<person>", "an id or any spelling of the name")
    .option("--json", "print as JSON")
    .action(async (query: string, options: { json?: boolean }, command: Command) => {
      const context = await openContext(globalOptions(command));
      try {
        const person = await describePerson(context.connection.db, query);
        if (options.json) return printJson(person);
        print(`${person.name}${person.hangul ? ` (${person.hangul})` : ""} ${person.id}`);
        print(`  also: ${person.aliases.filter((a) => a !== person.name).join(" · ") || "—"}`);
        for (const credit of person.credits) print(`  ${credit.credit}: ${credit.title}`);
        for (const action of person.actions) print(`  ${action.at} ${action.action} by ${action.actor}${action.reason ? ` — ${action.reason}` : ""}${action.reverted ? " (undone)" : ""} ${action.id}`);
      } finally {
        await context.close();
      }
    });

  withEditOptions(people.command("merge").description("merge the second person into the first: one person with every spelling and credit").argument("<person>").argument("<duplicate>")).action(
    async (survivor: string, duplicate: string, options: EditOptions, command: Command) => run(command, options, (context) => mergePeople(context.connection.db, survivor, duplicate, editor(options, context.clock.now()))),
  );

  withEditOptions(
    people
      .command("split")
      .description("move a person's credits on one title (and what the same sources say of them) to a new person")
      .argument("<person>")
      .requiredOption("--title <title>", "the title whose credits belong to someone else")
      .requiredOption("--name <name>", "the new person's name"),
  ).action(async (query: string, options: EditOptions & { title: string; name: string }, command: Command) =>
    run(command, options, async (context) => {
      const title = await findTitle(context.connection.db, options.title);
      return splitPerson(context.connection.db, query, { titleId: title.id, name: options.name }, editor(options, context.clock.now()));
    }),
  );

  const alias = people.command("alias").description("add or remove a spelling of a person's name");
  withEditOptions(alias.command("add").argument("<person>").argument("<name>")).action(async (query: string, name: string, options: EditOptions, command: Command) =>
    run(command, options, (context) => addPersonAlias(context.connection.db, query, name, editor(options, context.clock.now()))),
  );
  withEditOptions(alias.command("remove").argument("<person>").argument("<name>")).action(async (query: string, name: string, options: EditOptions, command: Command) =>
    run(command, options, (context) => removePersonAlias(context.connection.db, query, name, editor(options, context.clock.now()))),
  );

  withEditOptions(people.command("undo").description("reverse a recorded change").argument("<action-id>")).action(async (actionId: string, options: EditOptions, command: Command) =>
    run(command, options, (context) => undoAction(context.connection.db, actionId, editor(options, context.clock.now()))),
  );
}

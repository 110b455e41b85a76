import fs from "node:fs";
import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { createUser, findUser, listUsers, parseRole, setRole, type Role } from "../../accounts/user.repository.ts";
import { openContext } from "../../app/context.ts";
import { AppError } from "../../app/errors.ts";
import { globalOptions } from "../global-options.ts";
import { print, printJson } from "../output.ts";

export function registerUsers(program: Command): void {
  const users = program.command("users").description("accounts: reader (follows), editor (ingests, fixes), admin (users, tokens, settings)");
  users
    .command("create")
    .description("create a user; the first one with --admin. The password is read from stdin with --password-stdin, else made and printed once")
    .requiredOption("--name <name>", "the name to sign in with")
    .option("--admin", "the admin role")
    .option("--role <role>", "reader, editor or admin (default reader)")
    .option("--password-stdin", "read the password from the first line of stdin")
    .option("--json", "print as JSON")
    .action(async (options: { name: string; admin?: boolean; role?: string; passwordStdin?: boolean; json?: boolean }, command: Command) => {
      const role: Role = options.admin ? "admin" : parseRole(options.role ?? "reader");
      const made = !options.passwordStdin;
      const password = options.passwordStdin ? fs.readFileSync(0, "utf8").split(/\r?\n/)[0] ?? "" : randomBytes(15).toString("base64url");
      const context = await openContext(globalOptions(command));
      try {
        const user = await createUser(context.connection.db, { username: options.name, password, role }, context.clock.now().toISOString());
        if (options.json) printJson({ ...user, ...(made ? { password } : {}) });
        else print(`created ${user.role} ${user.username} (${user.id})${made ? `\npassword: ${password}\n(shown only now)` : ""}`);
      } finally {
        await context.close();
      }
    });
  users
    .command("list")
    .option("--json", "print as JSON")
    .action(async (options: { json?: boolean }, command: Command) => {
      const context = await openContext(globalOptions(command));
      try {
        const rows = await listUsers(context.connection.db);
        if (options.json) printJson(rows);
        else for (const u of rows) print(`${u.id}  ${u.username}  ${u.role}  created ${u.createdAt}${u.disabledAt ? `  disabled ${u.disabledAt}` : ""}`);
      } finally {
        await context.close();
      }
    });
  users
    .command("set-role")
    .argument("<name>")
    .argument("<role>", "reader, editor or admin")
    .action(async (name: string, roleText: string, _options: unknown, command: Command) => {
      const role = parseRole(roleText);
      const context = await openContext(globalOptions(command));
      try {
        const user = await findUser(context.connection.db, name);
        if (!user) throw new AppError("UNKNOWN_ENTITY", `no user ${name}`);
        await setRole(context.connection.db, user.id, role);
        print(`${user.username} is now ${role}`);
      } finally {
        await context.close();
      }
    });
}

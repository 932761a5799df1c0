package io.github.senryaku.cli;

import io.github.senryaku.server.auth.Accounts;
import io.github.senryaku.server.auth.Role;
import io.github.senryaku.settings.Settings;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code senryaku user add NAME --role finance}: an account for the upload page; the password is prompted for. */
@Command(name = "user", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Manages the upload page's accounts (<home>/users.txt).", subcommands = UserCommand.Add.class)
final class UserCommand implements Runnable {

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "user add NAME --role ROLE; see senryaku user --help");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Adds an account (or sets its role and password). The password is asked for on the terminal;",
                    "without a terminal, from the first two lines of standard input, which must match. At least 10 characters."})
    static final class Add implements Callable<Integer> {

        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "NAME", description = "Account name: letters, digits, . _ -")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "finance (財政課), planning (企画調整課) or admin")
        String role;

        @Override
        public Integer call() throws Exception {
            Settings settings = config.settings(user.senryaku.environment());
            Role parsed = Role.parse(role);
            Accounts accounts = new Accounts(settings.home());
            char[] password = null;
            try {
                password = password();
                accounts.put(name, parsed, password);
            } catch (IllegalArgumentException refused) {
                // What was typed cannot be used (passwords differ, too short, a bad name): nothing is written.
                spec.commandLine().getErr().println("senryaku: " + refused.getMessage());
                return ExitCodes.INVALID_INPUT;
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
            spec.commandLine().getOut().println("アカウント " + name + "（" + parsed.japanese() + "）を登録しました: "
                    + accounts.file());
            return ExitCodes.OK;
        }

        /** Asked twice on a terminal; without one, the first two lines of standard input, which must match. */
        private static char[] password() throws java.io.IOException {
            Console console = System.console();
            if (console != null) {
                return confirmed(console.readPassword("パスワード: "), console.readPassword("パスワード（確認）: "));
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String first = in.readLine();
            if (first == null) {
                throw new IllegalArgumentException("パスワードを標準入力から読めませんでした（1行目にパスワード、2行目に同じパスワードを書いてください）");
            }
            String again = in.readLine();
            if (again == null) {
                throw new IllegalArgumentException("確認のパスワードがありません（標準入力の2行目に同じパスワードを書いてください）");
            }
            String typed = first.startsWith("\uFEFF") ? first.substring(1) : first;
            return confirmed(typed.toCharArray(), again.toCharArray());
        }

        private static char[] confirmed(char[] first, char[] again) {
            try {
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    if (first != null) {
                        Arrays.fill(first, '\0');
                    }
                    throw new IllegalArgumentException("2回入力したパスワードが一致しません。何も登録していません");
                }
                return first;
            } finally {
                if (again != null) {
                    Arrays.fill(again, '\0');
                }
            }
        }
    }
}

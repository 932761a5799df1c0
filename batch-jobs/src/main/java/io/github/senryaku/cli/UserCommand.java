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
                    "without a terminal it is read from the first line of standard input. At least 10 characters."})
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
            char[] password = password();
            try {
                new Accounts(settings.home()).put(name, parsed, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println("アカウント " + name + "（" + parsed.japanese() + "）を登録しました: "
                    + new Accounts(settings.home()).file());
            return ExitCodes.OK;
        }

        private static char[] password() throws java.io.IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("パスワード: ");
                char[] again = console.readPassword("パスワード（確認）: ");
                if (first == null || !Arrays.equals(first, again)) {
                    throw new IllegalArgumentException("2回入力したパスワードが一致しません");
                }
                Arrays.fill(again, '\0');
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("パスワードを標準入力から読めませんでした");
            }
            return line.toCharArray();
        }
    }
}

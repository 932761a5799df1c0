package io.github.senryaku.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** users.txt as an administrator's editor may leave it: each account is usable, or refused loudly. */
class AccountsTest {

    private static final String ALICE_PASSWORD = "alice-password-1";
    private static final String BOB_PASSWORD = "bob-password-22";

    @TempDir
    Path home;

    private Accounts accounts() {
        return new Accounts(home);
    }

    private void usersFile(String text) throws Exception {
        Files.write(home.resolve(Accounts.FILE_NAME), text.getBytes(StandardCharsets.UTF_8));
    }

    private static String line(String name, String role, String password) {
        return name + " " + role + " " + PasswordHash.of(password.toCharArray());
    }

    /** The warnings Accounts logs while {@code action} runs. */
    private static List<String> warnings(ThrowingRunnable action) throws Exception {
        List<String> messages = new ArrayList<>();
        Logger logger = Logger.getLogger(Accounts.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            action.run();
        } finally {
            logger.removeHandler(capture);
        }
        return messages;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void fileWithABom_andCrlfLineEnds_everyAccountSignsIn() throws Exception {
        usersFile("\uFEFF" + line("alice", "finance", ALICE_PASSWORD) + "\r\n" + line("bob", "planning", BOB_PASSWORD) + "\r\n");

        assertEquals(Role.FINANCE, accounts().verify("alice", ALICE_PASSWORD.toCharArray()).orElseThrow().role());
        assertEquals(Role.PLANNING, accounts().verify("bob", BOB_PASSWORD.toCharArray()).orElseThrow().role());
    }

    @Test
    void bomBeforeAComment_isStillAComment() throws Exception {
        usersFile("\uFEFF# accounts\r\n" + line("alice", "admin", ALICE_PASSWORD) + "\r\n");

        assertEquals(List.of("alice"), List.copyOf(accounts().all().keySet()));
    }

    @Test
    void accountOnTwoLines_cannotSignInWithEither_andTheLogNamesBothLines() throws Exception {
        usersFile("# accounts\n" + line("alice", "finance", ALICE_PASSWORD) + "\n" + line("bob", "planning", BOB_PASSWORD)
                + "\n" + line("alice", "admin", "another-password") + "\n");

        List<String> logged = warnings(() -> {
            assertTrue(accounts().verify("alice", ALICE_PASSWORD.toCharArray()).isEmpty());
            assertTrue(accounts().verify("alice", "another-password".toCharArray()).isEmpty());
        });

        assertTrue(accounts().verify("bob", BOB_PASSWORD.toCharArray()).isPresent(), "the other accounts still work");
        assertTrue(logged.stream().anyMatch(m -> m.contains("users.txt: account alice is written on lines [2, 4]")),
                logged.toString());
    }

    @Test
    void addingAnotherAccount_whileOneIsOnTwoLines_isRefused_andTheFileIsLeftAsItIs() throws Exception {
        String text = line("alice", "finance", ALICE_PASSWORD) + "\n" + line("alice", "admin", ALICE_PASSWORD) + "\n";
        usersFile(text);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> accounts().put("bob", Role.PLANNING, BOB_PASSWORD.toCharArray()));

        assertEquals("users.txt にアカウント alice の行が複数あります（1行目と2行目）。1行だけ残すか、senryaku user add alice で"
                + "1行に置き換えてから、もう一度実行してください", refused.getMessage());
        assertEquals(text, Files.readString(home.resolve(Accounts.FILE_NAME)));
    }

    @Test
    void addingTheAccountOnTwoLines_writesItOnce_andKeepsTheOthers() throws Exception {
        usersFile(line("alice", "finance", "old-password-1") + "\n" + line("bob", "planning", BOB_PASSWORD) + "\n"
                + line("alice", "admin", "old-password-2") + "\n");

        accounts().put("alice", Role.FINANCE, ALICE_PASSWORD.toCharArray());

        List<String> lines = Files.readAllLines(home.resolve(Accounts.FILE_NAME));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("alice ")).count(), lines.toString());
        assertTrue(accounts().verify("alice", ALICE_PASSWORD.toCharArray()).isPresent());
        assertTrue(accounts().verify("bob", BOB_PASSWORD.toCharArray()).isPresent());
    }
}

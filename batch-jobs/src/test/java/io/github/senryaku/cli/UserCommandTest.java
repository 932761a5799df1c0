package io.github.senryaku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.server.auth.Accounts;
import io.github.senryaku.server.auth.Role;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code senryaku user add} without a terminal, the password piped in as a script would. */
class UserCommandTest {

    @TempDir
    Path home;

    private CliRun add(String standardInput) {
        InputStream terminal = System.in;
        System.setIn(new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.withEnvironment(Map.of("SENRYAKU_HOME", home.toString()), "user", "add", "alice", "--role", "finance");
        } finally {
            System.setIn(terminal);
        }
    }

    @Test
    void twoDifferentPasswords_areRefused_andNothingIsWritten() {
        CliRun run = add("first-password-1\nsecond-password-2\n");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("senryaku: 2回入力したパスワードが一致しません。何も登録していません", run.err().strip());
        assertFalse(Files.exists(home.resolve(Accounts.FILE_NAME)));
    }

    @Test
    void onlyOneLine_isRefused_askingForTheSecond() {
        CliRun run = add("first-password-1\n");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("確認のパスワードがありません"), run.err());
        assertFalse(Files.exists(home.resolve(Accounts.FILE_NAME)));
    }

    @Test
    void tooShort_isInvalidInput_withoutAPath() {
        CliRun run = add("short\nshort\n");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("senryaku: パスワードは10文字以上にしてください", run.err().strip());
    }

    @Test
    void twoMatchingLines_withCrlf_addTheAccount() throws Exception {
        CliRun run = add("same-password-1\r\nsame-password-1\r\n");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("アカウント alice（財政課）を登録しました"), run.out());
        assertEquals(Role.FINANCE, new Accounts(home).verify("alice", "same-password-1".toCharArray()).orElseThrow().role());
    }
}

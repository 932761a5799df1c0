package io.github.senryaku.batch.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailureCauseTest {

    @Test
    void aFullDisk_isNamedInWords_whereverItIsInTheChain() {
        assertEquals("ディスクの空きがありません", FailureCause.describe(
                new RuntimeException("write failed", new SQLException("IO error", new IOException("No space left on device")))));
    }

    @Test
    void aDatabaseFault_isNamedWithItsFirstLine() {
        assertEquals("データベースの障害: Connection refused", FailureCause.describe(
                new IllegalStateException("job failed", new SQLException("Connection refused\nat somewhere"))));
    }

    @Test
    void aLockWaitThatRanOut_isNamedInWords_notInTheDatabasesTemplate() {
        String expected = "データベースの障害: ロック待ちが時間切れになりました";
        assertEquals(expected, FailureCause.describe(new IllegalStateException("chunk failed",
                new SQLException("テーブル {0} のロック試行がタイムアウトしました; SQL statement:\nINSERT INTO actual", "HYT00", 50200))));
        assertEquals(expected, FailureCause.describe(
                new SQLException("ERROR: canceling statement due to lock timeout", "55P03")));
    }

    @Test
    void anythingElse_isItsDeepestCauseInOneLine() {
        assertEquals("FileAlreadyExistsException: /srv/senryaku/archive", FailureCause.describe(
                new IOException("landing", new FileAlreadyExistsException("/srv/senryaku/archive"))));
    }
}

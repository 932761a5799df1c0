package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.SetAsideFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A file the import keeps failing on — a system fault that does not go away, or a file that brings the process
 * down — is tried {@value #LIMIT} times and then set aside in {@code failed/} with a note saying why, instead of
 * failing every night (put back, it is tried afresh).
 */
final class SetAside {

    static final int LIMIT = 3;

    private SetAside() {
    }

    /**
     * Moves the file to {@code failed/} (a copy when it was not in the inbox) with {@code <name>.理由.txt}
     * beside it, and records when.
     *
     * @return where it went
     */
    static Path file(JobResources.Context context, Path file, String sha256, int attempts, String cause)
            throws IOException, SQLException {
        Path folder = context.settings().home().resolve("failed");
        Instant now = context.clock().instant();
        Path destination = Filing.destination(folder, file.getFileName().toString(), now);
        context.store().inTransaction(c -> {
            SetAsideFiles.record(c, sha256, file.toString(), destination.getFileName().toString(), attempts, cause, now);
            return null;
        });
        Files.writeString(destination.resolveSibling(destination.getFileName() + ".理由.txt"), String.join("\n",
                "このファイルは " + attempts + " 回続けて取り込めなかったため、取込を保留しました。",
                "最後の原因: " + cause,
                "ファイルの内容の誤りではなく、システムの障害（ディスク、データベース、メモリなど）の可能性があります。",
                "原因を取り除いてから、ファイルを受付箱（inbox）に戻してください。詳細はデータフォルダの logs にあります。", ""),
                StandardCharsets.UTF_8);
        Filing.file(file, destination, context.settings().inbox());
        return destination;
    }
}

package io.github.senryaku.batch.store;

import io.github.senryaku.settings.Settings;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A copy of an embedded H2 database file taken before its schema is upgraded. H2 commits every DDL
 * statement by itself, so a migration cut short (kill -9, power cut) would leave a store half in one
 * version and half in the next; with the copy on disk first, the next start puts the copy back and
 * migrates again from the start. PostgreSQL needs none: a migration there is one transaction.
 *
 * <p>The copy is written under a temporary name and renamed when it is whole and forced onto the device,
 * so a crash while copying leaves the store untouched and a partial copy that is never restored.
 */
final class MigrationCopy {

    private static final Logger LOG = Logger.getLogger(MigrationCopy.class.getName());

    static final String SUFFIX = ".before-upgrade";

    private final Path database;
    private final Path copy;
    private final Path partial;
    /** The file whose lock says an upgrade is running ({@link #hold}); it is never deleted, only locked. */
    private final Path lockPath;

    private MigrationCopy(Path database) {
        this.database = database;
        this.lockPath = database.resolveSibling(database.getFileName() + ".upgrading");
        this.copy = database.resolveSibling(database.getFileName() + SUFFIX);
        this.partial = database.resolveSibling(database.getFileName() + SUFFIX + ".part");
    }

    /** The copy for an H2 database in a file ({@code jdbc:h2:file:PATH;…} or {@code jdbc:h2:PATH}); none otherwise. */
    static Optional<MigrationCopy> of(Settings.Database settings) {
        String url = settings.url();
        if (!url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String location = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (location.startsWith("mem:") || location.startsWith("tcp:") || location.startsWith("ssl:")) {
            return Optional.empty();
        }
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        return Optional.of(new MigrationCopy(Path.of(location + ".mv.db")));
    }

    /** Puts back the copy an interrupted upgrade left, and drops a copy that was never finished. */
    void restoreIfInterrupted() throws IOException {
        Files.deleteIfExists(partial);
        if (Files.exists(copy)) {
            LOG.warning(() -> "the last schema upgrade of " + database + " was interrupted; the copy taken before it"
                    + " is put back and the upgrade runs again");
            Files.move(copy, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory();
        }
    }

    /** Whether an upgrade was cut short and left its copy: the database file may be half in one version. */
    boolean interrupted() {
        return Files.exists(copy);
    }

    /** Copies the (closed) database file; from the moment this returns, an interrupted upgrade can be undone. */
    void take() throws IOException {
        Files.copy(database, partial, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory();
    }

    /**
     * Held from before a copy is put back or taken until it is dropped: one process upgrades the file at a
     * time. Blocks while another process holds it; the operating system releases a dead process's lock, so a
     * copy found after the wait is one an upgrade really left (kill -9, power cut).
     */
    Hold hold() throws IOException {
        FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return new Hold(channel, channel.lock());
        } catch (IOException | RuntimeException failed) {
            channel.close();
            throw failed;
        }
    }

    /** The upgrade lock of one process ({@link #hold}). */
    record Hold(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** Drops the copy once the upgraded store is on disk. */
    void discard() throws IOException {
        Files.deleteIfExists(copy);
        forceDirectory();
    }

    Path copyPath() {
        return copy;
    }

    Path lockPath() {
        return lockPath;
    }

    /** A rename is durable only once the folder holding it is. */
    private void forceDirectory() {
        try (FileChannel folder = FileChannel.open(database.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException notSupported) {
            // some file systems cannot sync a folder; the rename is then as durable as they make it
        }
    }
}

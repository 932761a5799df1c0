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
 *
 * <p>A new store has nothing to copy, but its first schema is made the same way, one DDL statement at a time,
 * and H2 writes them out up to half a second after they commit: a kill -9 soon after a first start left a
 * file whose history said V2 while a later {@code ALTER TABLE} was half done (a foreign key pointing at H2's
 * temporary {@code IMPORT_FILE_COPY_…} table), which Flyway then built on without a word. So the first schema
 * is made under a {@linkplain #markFirstSchema marker} instead of a copy; a marker found at the next start
 * means the schema may be half made, and the store, which can hold nothing yet, is made again.
 */
final class MigrationCopy {

    private static final Logger LOG = Logger.getLogger(MigrationCopy.class.getName());

    static final String SUFFIX = ".before-upgrade";

    private final Path database;
    private final Path copy;
    private final Path partial;
    /** Says a new store's first schema is being made ({@link #markFirstSchema}). */
    private final Path firstSchema;
    /** The file whose lock says an upgrade is running ({@link #hold}); it is never deleted, only locked. */
    private final Path lockPath;

    private MigrationCopy(Path database) {
        this.database = database;
        this.lockPath = database.resolveSibling(database.getFileName() + ".upgrading");
        this.copy = database.resolveSibling(database.getFileName() + SUFFIX);
        this.partial = database.resolveSibling(database.getFileName() + SUFFIX + ".part");
        this.firstSchema = database.resolveSibling(database.getFileName() + ".first-schema");
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

    /**
     * Whether an upgrade was cut short and left its copy, or a first schema its marker: the database file may be
     * half in one version.
     */
    boolean interrupted() {
        return Files.exists(copy) || Files.exists(firstSchema);
    }

    /** Whether a new store's first schema was being made when its process died (its marker is still there). */
    boolean firstSchemaCutShort() {
        return Files.exists(firstSchema);
    }

    /**
     * Marks that a new store's first schema is being made; from the moment this returns, a schema cut short is
     * made again at the next start. {@link #discard} drops the marker once the schema is on disk.
     */
    void markFirstSchema() throws IOException {
        try (FileChannel marker = FileChannel.open(firstSchema, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            marker.force(true);
        }
        forceDirectory();
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

    /** Drops the copy (or the first schema's marker) once the upgraded store is on disk. */
    void discard() throws IOException {
        Files.deleteIfExists(copy);
        Files.deleteIfExists(firstSchema);
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

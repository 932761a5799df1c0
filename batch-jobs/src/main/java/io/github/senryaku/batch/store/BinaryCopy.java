package io.github.senryaku.batch.store;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteConverter;

/**
 * Rows sent to PostgreSQL by {@code COPY table (columns) FROM STDIN (FORMAT binary)} through the driver's
 * {@link CopyIn}: the fastest way PostgreSQL takes rows in. The COPY runs in the connection's transaction
 * (COPY is transactional), so rows copied by a transaction that then rolls back are gone with it; a COPY
 * that fails midway is cancelled and leaves the transaction failed, never half done.
 *
 * <p>The format (PostgreSQL manual, COPY, "Binary Format"), all integers big-endian: a header (an 11-byte
 * signature, 32-bit flags, 32-bit extension length); per row a 16-bit field count, then per field a 32-bit
 * length (-1: NULL) and the value in its type's binary form; a 16-bit -1 at the end. PostgreSQL converts
 * nothing: each value must be in the binary form of its column's own type — {@link #int8} for BIGINT,
 * {@link #int4} for INT, {@link #bool} for BOOLEAN, {@link #text} for VARCHAR and TEXT (UTF-8, checked
 * against the column's length as an INSERT is), {@link #numeric} for NUMERIC (the driver's own base-10,000
 * encoder, {@link ByteConverter#numeric}; the column's precision and scale apply as for an INSERT).
 *
 * <p>Not thread-safe: one COPY, one thread, like the connection it runs on.
 */
public final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int NULL_LENGTH = -1;
    private static final short END_OF_DATA = -1;
    /** Rows go to the server in pieces of this size; a chunk of rows never sits whole in memory. */
    private static final int BUFFER_BYTES = 64 * 1024;

    /** Writes the fields of one row, in the order of the COPY's columns. */
    @FunctionalInterface
    public interface RowEncoder<R> {
        void encode(R row, BinaryCopy copy) throws SQLException;
    }

    private final CopyIn copy;
    private final short columns;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);

    private BinaryCopy(CopyIn copy, int columns) {
        this.copy = copy;
        this.columns = (short) columns;
        buffer.put(SIGNATURE).putInt(0).putInt(0);
    }

    /** Whether the connection is PostgreSQL's, which takes rows by COPY. */
    public static boolean isAvailable(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    /**
     * Copies {@code rows} into {@code table}, each row's fields written by {@code encoder} in the order of
     * {@code columns}, within the connection's transaction.
     *
     * @return the number of rows copied
     * @throws SQLException when PostgreSQL refuses a row (a value too long, a key repeated, a broken
     *                      reference, …): the COPY is then cancelled and the transaction must be rolled back
     */
    public static <R> long copy(Connection connection, String table, List<String> columns, Iterable<R> rows,
            RowEncoder<? super R> encoder) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)");
        return copy(in, columns.size(), rows, encoder);
    }

    /** Feeds a COPY that has begun; ends it, or cancels it if a row cannot be written. */
    static <R> long copy(CopyIn in, int columns, Iterable<R> rows, RowEncoder<? super R> encoder) throws SQLException {
        BinaryCopy copy = new BinaryCopy(in, columns);
        try {
            for (R row : rows) {
                copy.startRow();
                encoder.encode(row, copy);
            }
            return copy.end();
        } catch (SQLException | RuntimeException failed) {
            copy.cancel(failed);
            throw failed;
        }
    }

    /** A NULL, in a column of any type. */
    public void nullValue() throws SQLException {
        room(Integer.BYTES);
        buffer.putInt(NULL_LENGTH);
    }

    /** A BIGINT. */
    public void int8(long value) throws SQLException {
        room(Integer.BYTES + Long.BYTES);
        buffer.putInt(Long.BYTES).putLong(value);
    }

    /** An INT, or NULL. */
    public void int4(Integer value) throws SQLException {
        if (value == null) {
            nullValue();
            return;
        }
        room(Integer.BYTES + Integer.BYTES);
        buffer.putInt(Integer.BYTES).putInt(value);
    }

    /** A BOOLEAN. */
    public void bool(boolean value) throws SQLException {
        room(Integer.BYTES + 1);
        buffer.putInt(1).put((byte) (value ? 1 : 0));
    }

    /** A VARCHAR or TEXT, or NULL. */
    public void text(String value) throws SQLException {
        if (value == null) {
            nullValue();
            return;
        }
        field(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A NUMERIC, or NULL. */
    public void numeric(BigDecimal value) throws SQLException {
        if (value == null) {
            nullValue();
            return;
        }
        field(ByteConverter.numeric(value));
    }

    private void startRow() throws SQLException {
        room(Short.BYTES);
        buffer.putShort(columns);
    }

    private void field(byte[] bytes) throws SQLException {
        room(Integer.BYTES);
        buffer.putInt(bytes.length);
        if (bytes.length > buffer.remaining()) {
            send();
        }
        if (bytes.length > buffer.capacity()) {
            copy.writeToCopy(bytes, 0, bytes.length);
        } else {
            buffer.put(bytes);
        }
    }

    private long end() throws SQLException {
        room(Short.BYTES);
        buffer.putShort(END_OF_DATA);
        send();
        return copy.endCopy();
    }

    /** Ends a failed COPY, if the server has not ended it already, so that the connection can roll back. */
    private void cancel(Exception failed) {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
        }
    }

    private void room(int bytes) throws SQLException {
        if (buffer.remaining() < bytes) {
            send();
        }
    }

    private void send() throws SQLException {
        if (buffer.position() > 0) {
            copy.writeToCopy(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
    }
}

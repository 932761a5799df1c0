package io.github.senryaku.batch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteStreamWriter;

/**
 * The bytes {@link BinaryCopy} hands the driver, checked against PostgreSQL's binary COPY format without a
 * server (ImportRowsIT sends them to one).
 */
class BinaryCopyTest {

    @Test
    void copy_oneRow_isTheBinaryFormatByteForByte() throws SQLException {
        RecordingCopyIn in = new RecordingCopyIn();

        BinaryCopy.copy(in, 6, List.of("金"), (text, copy) -> {
            copy.int8(7);
            copy.int4(null);
            copy.int4(2024);
            copy.bool(true);
            copy.text(text);
            copy.numeric(new BigDecimal("1.5"));
        });

        assertEquals("5047434f50590aff0d0a00" + "00000000" + "00000000" // signature, flags, no header extension
                + "0006" // fields in the row
                + "00000008" + "0000000000000007" // BIGINT 7
                + "ffffffff" // NULL
                + "00000004" + "000007e8" // INT 2024
                + "00000001" + "01" // true
                + "00000003" + "e98791" // 金 in UTF-8
                + "0000000c" + "0002" + "0000" + "0000" + "0001" + "0001" + "1388" // NUMERIC: 2 base-10,000 digits 1|5000, weight 0, scale 1
                + "ffff", // end of data
                HexFormat.of().formatHex(in.bytes()));
        assertTrue(in.ended);
    }

    @Test
    void copy_rowsBeyondTheBuffer_reachTheDriverWholeAndInOrder() throws SQLException {
        List<String> texts = IntStream.range(0, 200).mapToObj(i -> "観光".repeat(i * 10)).toList();
        String larger = "長".repeat(30_000); // 90 KB: more than the 64 KB buffer in one field
        List<String> rows = new ArrayList<>(texts);
        rows.add(100, larger);
        RecordingCopyIn in = new RecordingCopyIn();

        BinaryCopy.copy(in, 1, rows, (text, copy) -> copy.text(text));

        assertTrue(in.writes > 2, "sent in pieces: " + in.writes);
        assertEquals(rows, textsOf(in.bytes()));
    }

    @Test
    void copy_aRowThatCannotBeWritten_cancelsTheCopyAndThrows() {
        RecordingCopyIn in = new RecordingCopyIn();
        IllegalStateException broken = new IllegalStateException("no such value");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> BinaryCopy.copy(in, 1,
                List.of("a", "b"), (text, copy) -> {
                    if (text.equals("b")) {
                        throw broken;
                    }
                    copy.text(text);
                }));

        assertSame(broken, thrown);
        assertTrue(in.cancelled);
        assertFalse(in.ended);
    }

    /** The one-text-field rows of a binary COPY stream. */
    private static List<String> textsOf(byte[] stream) {
        ByteBuffer buffer = ByteBuffer.wrap(stream);
        byte[] signature = new byte[11];
        buffer.get(signature);
        assertArrayEquals("PGCOPY\n\u00ff\r\n\0".getBytes(StandardCharsets.ISO_8859_1), signature);
        assertEquals(0, buffer.getInt(), "flags");
        int extension = buffer.getInt();
        buffer.position(buffer.position() + extension);
        List<String> texts = new ArrayList<>();
        for (short fields = buffer.getShort(); fields != -1; fields = buffer.getShort()) {
            assertEquals(1, fields);
            byte[] text = new byte[buffer.getInt()];
            buffer.get(text);
            texts.add(new String(text, StandardCharsets.UTF_8));
        }
        assertFalse(buffer.hasRemaining());
        return texts;
    }

    /** A COPY that keeps what it is sent, as the driver would send it to the server. */
    private static final class RecordingCopyIn implements CopyIn {

        private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
        int writes;
        boolean ended;
        boolean cancelled;

        byte[] bytes() {
            return sent.toByteArray();
        }

        @Override
        public void writeToCopy(byte[] buf, int off, int siz) {
            sent.write(buf, off, siz);
            writes++;
        }

        @Override
        public void writeToCopy(ByteStreamWriter from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flushCopy() {
        }

        @Override
        public long endCopy() {
            ended = true;
            return 0;
        }

        @Override
        public int getFieldCount() {
            return 0;
        }

        @Override
        public int getFormat() {
            return 1;
        }

        @Override
        public int getFieldFormat(int field) {
            return 1;
        }

        @Override
        public boolean isActive() {
            return !ended && !cancelled;
        }

        @Override
        public void cancelCopy() {
            cancelled = true;
        }

        @Override
        public long getHandledRowCount() {
            return 0;
        }
    }
}

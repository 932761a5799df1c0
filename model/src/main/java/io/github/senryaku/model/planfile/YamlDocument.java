package io.github.senryaku.model.planfile;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a YAML file into a node tree that remembers lines, so every later message can name one.
 * Syntax errors, unreadable files, bad encodings and files past the nesting and alias limits
 * ({@link LimitedParser}) become problems, not exceptions.
 */
final class YamlDocument {

    /** Files up to this size are read with line numbers. */
    static final long MARKED_SIZE_LIMIT = 2L * 1024 * 1024;

    private YamlDocument() {
    }

    /** The root mapping of the file, or empty with the reason among the problems. */
    static Optional<YamlMap> read(Path path, Problems problems) {
        return read(path, problems, true);
    }

    /**
     * @param emptyIsError whether a file with no content (or only comments) is a mistake; for a settings
     *                     file it just means every default
     */
    static Optional<YamlMap> read(Path path, Problems problems, boolean emptyIsError) {
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            // The default limit (3 MB) is below a national roll-up of municipal KPIs (50,000 targets, ~7 MB).
            // Line marks cost ~40 % of the node tree's memory (321 MB against 182 MB for that roll-up): a file
            // that large, written by a program rather than a person, is read without them, and its problems
            // are located by field path (goals[3].targets[1234].unit) instead of line.
            LoadSettings settings = LoadSettings.builder().setLabel(problems.file()).setAllowDuplicateKeys(true)
                    .setCodePointLimit(64 * 1024 * 1024).setUseMarks(Files.size(path) <= MARKED_SIZE_LIMIT).build();
            Optional<Node> root = new Composer(settings,
                    new LimitedParser(new ParserImpl(settings, new StreamReader(settings, reader)))).getSingleNode();
            if (root.isEmpty()) {
                if (emptyIsError) {
                    problems.error(0, "", "", "ファイルが空です", "");
                }
                return Optional.empty();
            }
            return YamlMap.of(root.get(), "", problems);
        } catch (LimitedParser.Exceeded limit) {
            problems.error(limit.line(), "", "", limit.getMessage(), limit.hint());
        } catch (NoSuchFileException missing) {
            problems.error(0, "", "", "ファイルがありません", "パスを確かめてください");
        } catch (CharacterCodingException encoding) {
            problems.error(0, "", "", "UTF-8 で読めない文字があります", "UTF-8 で保存し直してください");
        } catch (MarkedYamlEngineException syntax) {
            int line = syntax.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            YamlSyntaxMessages.Said said = YamlSyntaxMessages.of(syntax.getProblem());
            problems.error(line, "", "", said.message(), said.hint());
        } catch (YamlEngineException | java.io.UncheckedIOException unreadable) {
            if (unreadable.getCause() instanceof CharacterCodingException) {
                problems.error(0, "", "", "UTF-8 で読めない文字があります", "UTF-8 で保存し直してください");
            } else {
                YamlSyntaxMessages.Said said = YamlSyntaxMessages.of(unreadable.getMessage());
                problems.error(0, "", "", said.message(), said.hint());
            }
        } catch (IOException io) {
            problems.error(0, "", "", "ファイルを読めません: " + io.getMessage(), "");
        }
        return Optional.empty();
    }
}

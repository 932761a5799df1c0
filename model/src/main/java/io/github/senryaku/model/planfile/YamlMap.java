package io.github.senryaku.model.planfile;

import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.YearFormatException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping at a known path ({@code goals[0].targets[1]}), read field by field. Every read that
 * fails records a problem naming the line and field and returns empty, so a loader can go on and find
 * the next mistake.
 */
final class YamlMap {

    private final Node node;
    private final String path;
    private final Problems problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    private YamlMap(MappingNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            NodeTuple earlier = fields.putIfAbsent(key, tuple);
            if (earlier != null) {
                problems.error(line(tuple.getKeyNode()), field(key), key,
                        "同じキーが2回あります（最初は" + line(earlier.getKeyNode()) + "行目）", "どちらか一方にしてください");
            }
        }
    }

    static Optional<YamlMap> of(Node node, String path, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, path, problems));
        }
        problems.error(line(node), path, text(node), "「キー: 値」の組（マッピング）が必要です", "");
        return Optional.empty();
    }

    static int line(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    int line() {
        return line(node);
    }

    int line(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? line() : line(tuple.getValueNode());
    }

    String path() {
        return path;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Problems problems() {
        return problems;
    }

    /** Whether the key holds a single value (not a list or a mapping). */
    boolean isScalar(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple != null && tuple.getValueNode() instanceof ScalarNode;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    /** Records every key not in {@code allowed}, naming the keys that are. */
    void allowOnly(Set<String> allowed) {
        fields.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                problems.error(line(tuple.getKeyNode()), field(key), key, "知らないキーです",
                        "使えるキー: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        });
    }

    Optional<String> text(String key, boolean required) {
        Optional<Node> value = node(key, required);
        if (value.isEmpty() || isNull(value.get())) {
            if (value.isPresent() && required) {
                problems.error(line(key), field(key), "", "値がありません", "");
            }
            return Optional.empty();
        }
        if (!(value.get() instanceof ScalarNode scalar)) {
            problems.error(line(key), field(key), "", "文字列または数値が必要です", "");
            return Optional.empty();
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty() && required) {
            problems.error(line(key), field(key), "", "値が空です", "");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** True when the key is present and written as {@code null} or {@code ~}. */
    boolean isNull(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple != null && isNull(tuple.getValueNode());
    }

    Optional<FiscalYear> year(String key, boolean required) {
        return text(key, required).flatMap(text -> {
            try {
                return Optional.of(FiscalYear.parse(text));
            } catch (YearFormatException malformed) {
                problems.error(line(key), field(key), text, malformed.getMessage(), "");
                return Optional.empty();
            }
        });
    }

    /** A number as written, {@code 1.50} keeping its scale; thousands separators are allowed. */
    Optional<BigDecimal> number(String key, boolean required) {
        return text(key, required).flatMap(text -> {
            String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "");
            try {
                return Optional.of(new BigDecimal(plain));
            } catch (NumberFormatException notNumber) {
                problems.error(line(key), field(key), text, "数値ではありません", "例: 1.69、1045、2000");
                return Optional.empty();
            }
        });
    }

    Optional<Boolean> bool(String key) {
        return text(key, false).flatMap(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                problems.error(line(key), field(key), text, "true か false が必要です", "");
                yield Optional.empty();
            }
        });
    }

    <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type, boolean required) {
        return text(key, required).flatMap(text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text)) {
                    return Optional.of(constant);
                }
            }
            problems.error(line(key), field(key), text, "使えない値です",
                    "使える値: " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return Optional.empty();
        });
    }

    Optional<YamlMap> map(String key, boolean required) {
        return node(key, required).filter(value -> !isNull(value) || nullWhenRequired(key, required))
                .flatMap(value -> YamlMap.of(value, field(key), problems));
    }

    /** The mappings of a list, each at its own path ({@code goals[2]}). */
    List<YamlMap> maps(String key, boolean required) {
        List<YamlMap> maps = new ArrayList<>();
        List<Node> items = items(key, required);
        for (int i = 0; i < items.size(); i++) {
            YamlMap.of(items.get(i), field(key) + "[" + i + "]", problems).ifPresent(maps::add);
        }
        return maps;
    }

    /** The texts of a list of scalars. */
    List<String> texts(String key, boolean required) {
        List<String> texts = new ArrayList<>();
        for (Node item : items(key, required)) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                texts.add(scalar.getValue().strip());
            } else {
                problems.error(line(item), field(key), text(item), "文字列が必要です", "");
            }
        }
        return texts;
    }

    private List<Node> items(String key, boolean required) {
        Optional<Node> value = node(key, required);
        if (value.isEmpty() || isNull(value.get()) && !nullWhenRequired(key, required)) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.error(line(key), field(key), text(value.get()), "リスト（- で始まる行）が必要です", "");
        return List.of();
    }

    private boolean nullWhenRequired(String key, boolean required) {
        if (required) {
            problems.error(line(key), field(key), "", "値がありません", "");
        }
        return false;
    }

    private Optional<Node> node(String key, boolean required) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            if (required) {
                problems.error(line(), field(key), "", "「" + key + "」がありません", "");
            }
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : "";
    }
}

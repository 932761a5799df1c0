package io.github.senryaku.server;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A schedule from the settings: a five-field cron expression (minute hour day month weekday) read in
 * Asia/Tokyo, parsed by cron-utils — never by hand.
 */
public final class CronSchedule {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String setting;
    private final String expression;
    private final ExecutionTime times;

    private CronSchedule(String setting, String expression, ExecutionTime times) {
        this.setting = setting;
        this.expression = expression;
        this.times = times;
    }

    /** @throws IllegalArgumentException naming the setting and what a cron expression looks like */
    public static CronSchedule parse(String setting, String expression) {
        try {
            return new CronSchedule(setting, expression, ExecutionTime.forCron(PARSER.parse(expression.strip()).validate()));
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("設定 " + setting + " の「" + expression + "」はcron式として読めません（"
                    + malformed.getMessage() + "）。例: \"0 2 * * *\"（毎日2時）", malformed);
        }
    }

    public String setting() {
        return setting;
    }

    public String expression() {
        return expression;
    }

    /** The first run strictly after the time. */
    public Optional<ZonedDateTime> next(ZonedDateTime after) {
        return times.nextExecution(after.withZoneSameInstant(JAPAN));
    }

    /** The last run before the time: the one a server that was down may have missed. */
    public Optional<ZonedDateTime> last(ZonedDateTime before) {
        return times.lastExecution(before.withZoneSameInstant(JAPAN));
    }

    @Override
    public String toString() {
        return setting + "=\"" + expression + "\"";
    }
}

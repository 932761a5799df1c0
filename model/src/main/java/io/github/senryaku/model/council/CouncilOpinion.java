package io.github.senryaku.model.council;

import java.util.Objects;
import java.util.Optional;

/**
 * One opinion of the review council (推進会議・外部有識者の意見) and the planning office's response to it (対応方針).
 * Neither goes without the other: an opinion nobody answered, or an answer to nothing, is not a review.
 *
 * @param by who gave it or at which meeting (委員・会議), when the office wrote it down
 */
public record CouncilOpinion(ReviewSubject subject, String opinion, String response, Optional<String> by) {

    public CouncilOpinion {
        Objects.requireNonNull(subject, "subject");
        if (opinion == null || opinion.isBlank() || response == null || response.isBlank()) {
            throw new IllegalArgumentException("an opinion needs its response, and a response its opinion: " + subject.text());
        }
        by = by.filter(text -> !text.isBlank());
    }
}

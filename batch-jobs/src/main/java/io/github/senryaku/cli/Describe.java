package io.github.senryaku.cli;

import io.github.senryaku.model.evaluation.Reported;

/** How the console writes a reported value. */
final class Describe {

    private Describe() {
    }

    static String reported(Reported reported) {
        if (reported instanceof Reported.Figure figure) {
            return figure.quantity().format();
        }
        if (reported instanceof Reported.State state) {
            return state.state();
        }
        return "未公表（" + ((Reported.Unpublished) reported).label() + "）";
    }
}

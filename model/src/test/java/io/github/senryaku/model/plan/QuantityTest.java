package io.github.senryaku.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void format_keepsScaleAndSeparatesThousands() {
        assertEquals("1.50", Quantity.exact("1.50").format());
        assertEquals("1,045", Quantity.exact("1045").format());
        assertEquals("約2,000", Quantity.about("2000").format());
        assertEquals("約2,000人", new Unit("人").format(Quantity.about("2000")));
        assertEquals("1.69", Unit.NONE.format(Quantity.exact("1.69")));
    }
}

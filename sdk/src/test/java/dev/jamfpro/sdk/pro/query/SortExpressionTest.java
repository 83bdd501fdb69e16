package dev.jamfpro.sdk.pro.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sort orders: one term per field, joined with commas in the order given. */
class SortExpressionTest {
    @Test
    void oneField() {
        assertEquals("general.name:asc", SortField.of("general.name").asc().toString());
        assertEquals("id:desc", SortField.of("id").desc().toString());
        assertEquals(List.of("id:desc"), SortField.of("id").desc().terms());
    }

    @Test
    void severalFieldsJoinedWithCommasInOrder() {
        SortExpression byThen = SortField.of("general.name").asc().then(SortField.of("id").desc());
        assertEquals("general.name:asc,id:desc", byThen.toString());
        assertEquals(List.of("general.name:asc", "id:desc"), byThen.terms());

        SortExpression byOf = SortExpression.of(SortField.of("a").asc(), SortField.of("b").desc(), SortField.of("c").asc());
        assertEquals("a:asc,b:desc,c:asc", byOf.toString());
        assertEquals("a:asc", SortExpression.of(SortField.of("a").asc()).toString());
        assertEquals("a:asc,b:desc,c:asc,d:desc",
                byOf.then(SortField.of("d").desc()).toString());
        assertEquals("a:asc,b:desc,c:asc", byOf.toString(), "then() leaves the original unchanged");
    }

    @Test
    void equality() {
        assertEquals(SortField.of("a").asc().then(SortField.of("b").desc()),
                SortExpression.of(SortField.of("a").asc(), SortField.of("b").desc()));
        assertEquals(SortField.of("a").asc().hashCode(), SortExpression.of(SortField.of("a").asc()).hashCode());
        assertNotEquals(SortField.of("a").asc(), SortField.of("a").desc());
    }

    @Test
    void termsCannotBeChanged() {
        List<String> terms = SortField.of("a").asc().terms();
        assertThrows(UnsupportedOperationException.class, () -> terms.add("b:asc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "general name", "a:b", "a,b", "a\tb"})
    void badNamesAreRefused(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SortField.of(name));
        assertTrue(e.getMessage().contains("not a sort field name"), e.getMessage());
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> SortField.of(null));
        assertThrows(NullPointerException.class, () -> SortExpression.of(null));
        assertThrows(NullPointerException.class, () -> SortField.of("a").asc().then(null));
        assertThrows(NullPointerException.class, () -> SortExpression.of(SortField.of("a").asc(), (SortExpression) null));
    }
}

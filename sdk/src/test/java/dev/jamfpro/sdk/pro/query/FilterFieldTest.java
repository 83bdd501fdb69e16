package dev.jamfpro.sdk.pro.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How single comparisons and their values are written. */
class FilterFieldTest {
    private static final FilterField NAME = FilterField.of("general.name");

    @Test
    void everyOperator() {
        assertEquals("general.name==Mac", NAME.eq("Mac").toString());
        assertEquals("general.name!=Mac", NAME.ne("Mac").toString());
        assertEquals("general.name<Mac", NAME.lt("Mac").toString());
        assertEquals("general.name<=Mac", NAME.lte("Mac").toString());
        assertEquals("general.name>Mac", NAME.gt("Mac").toString());
        assertEquals("general.name>=Mac", NAME.gte("Mac").toString());
        assertEquals("general.name=in=(Mac,iOS)", NAME.in("Mac", "iOS").toString());
        assertEquals("general.name=out=(Mac,iOS)", NAME.out("Mac", "iOS").toString());
        assertEquals("general.name=in=(Mac)", NAME.in(List.of("Mac")).toString());
        assertEquals("general.name=out=(1,2,3)", NAME.out(Set.of(1, 2, 3).stream().sorted().toList()).toString());
    }

    @Test
    void everyOperatorReadsBackAsWritten() {
        List<FilterExpression> all = List.of(NAME.eq("a b"), NAME.ne("a b"), NAME.lt("a b"), NAME.lte("a b"),
                NAME.gt("a b"), NAME.gte("a b"), NAME.in("a b", "c"), NAME.out("a b", "c"));
        List<String> operators = List.of("==", "!=", "<", "<=", ">", ">=", "=in=", "=out=");
        for (int i = 0; i < all.size(); i++) {
            RsqlReader.Comparison c = (RsqlReader.Comparison) RsqlReader.parse(all.get(i).toString());
            assertEquals("general.name", c.selector());
            assertEquals(operators.get(i), c.operator());
            assertEquals(i < 6 ? List.of("a b") : List.of("a b", "c"), c.values());
        }
    }

    /** value, as written. */
    static Stream<Arguments> awkwardValues() {
        return Stream.of(
                Arguments.of("Mac", "Mac"),
                Arguments.of("Oscar's Mac", "\"Oscar's Mac\""),
                Arguments.of("two words", "\"two words\""),
                Arguments.of(" padded ", "\" padded \""),
                Arguments.of("tab\there", "\"tab\there\""),
                Arguments.of("line\nbreak", "\"line\nbreak\""),
                Arguments.of("a,b", "\"a,b\""),
                Arguments.of("a;b", "\"a;b\""),
                Arguments.of("it's", "\"it's\""),
                Arguments.of("say \"hi\"", "\"say \\\"hi\\\"\""),
                Arguments.of("\"", "\"\\\"\""),
                Arguments.of("(x)", "\"(x)\""),
                Arguments.of("a)b", "\"a)b\""),
                Arguments.of("back\\slash", "\"back\\\\slash\""),
                Arguments.of("\\", "\"\\\\\""),
                Arguments.of("ends with \\", "\"ends with \\\\\""),
                Arguments.of("\\\"", "\"\\\\\\\"\""),
                Arguments.of("", "\"\""),
                Arguments.of("a=b", "\"a=b\""),
                Arguments.of("a==b", "\"a==b\""),
                Arguments.of("!x", "\"!x\""),
                Arguments.of("~x", "\"~x\""),
                Arguments.of("<x>", "\"<x>\""),
                Arguments.of("Café-Ø-東京-🙂", "Café-Ø-東京-🙂"),
                Arguments.of("Mac*", "Mac*"),
                Arguments.of("*", "*"),
                Arguments.of("*Book Pro*", "\"*Book Pro*\""),
                Arguments.of("C++", "C++"),
                Arguments.of("50%", "50%"),
                Arguments.of("a&b#c?d/e", "a&b#c?d/e"),
                Arguments.of("-1", "-1"),
                Arguments.of("and", "and"),
                Arguments.of("x and y", "\"x and y\""),
                Arguments.of("10.0.0.1", "10.0.0.1"),
                Arguments.of("00:11:22:33:44:55", "00:11:22:33:44:55"));
    }

    @ParameterizedTest(name = "[{0}] is written {1}")
    @MethodSource("awkwardValues")
    void awkwardValuesAreQuotedAndEscapedAndReadBackUnchanged(String value, String written) {
        FilterExpression eq = NAME.eq(value);
        assertEquals("general.name==" + written, eq.toString());
        RsqlReader.Comparison c = (RsqlReader.Comparison) RsqlReader.parse(eq.toString());
        assertEquals(List.of(value), c.values(), "the server reads back exactly the value");

        FilterExpression in = NAME.in(value, "x,y", value);
        RsqlReader.Comparison list = (RsqlReader.Comparison) RsqlReader.parse(in.toString());
        assertEquals(List.of(value, "x,y", value), list.values(), "list values stay apart");

        FilterExpression mixed = NAME.eq(value).and(NAME.ne(value).or(NAME.out(value)));
        assertEquals(3, flatten(RsqlReader.parse(mixed.toString())).size(), "the value does not change the structure");
    }

    private static List<RsqlReader.Comparison> flatten(RsqlReader.Node node) {
        if (node instanceof RsqlReader.Comparison c) {
            return List.of(c);
        }
        List<RsqlReader.Node> operands = node instanceof RsqlReader.And and ? and.operands() : ((RsqlReader.Or) node).operands();
        return operands.stream().flatMap(n -> flatten(n).stream()).toList();
    }

    @Test
    void booleansAreLowerCase() {
        assertEquals("general.supervised==true", FilterField.of("general.supervised").eq(true).toString());
        assertEquals("general.supervised!=false", FilterField.of("general.supervised").ne(Boolean.FALSE).toString());
        assertEquals("x=in=(true,false)", FilterField.of("x").in(true, false).toString());
    }

    @Test
    void datesAndTimesAreIso8601() {
        FilterField date = FilterField.of("general.reportDate");
        assertEquals("general.reportDate>2024-01-02T03:04:05Z",
                date.gt(Instant.parse("2024-01-02T03:04:05Z")).toString());
        assertEquals("general.reportDate>2024-01-02T03:04:05.123Z",
                date.gt(Instant.parse("2024-01-02T03:04:05.123Z")).toString());
        assertEquals("general.reportDate>=2024-01-02T03:04:05+02:00",
                date.gte(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2))).toString());
        assertEquals("general.reportDate>=2024-01-02T03:04:05Z",
                date.gte(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)).toString());
        assertEquals("general.reportDate<2024-07-02T03:04:05-04:00",
                date.lt(ZonedDateTime.of(2024, 7, 2, 3, 4, 5, 0, ZoneId.of("America/New_York"))).toString());
        assertEquals("general.reportDate<=2024-01-02T03:04:05",
                date.lte(LocalDateTime.of(2024, 1, 2, 3, 4, 5)).toString());
        assertEquals("purchasing.warrantyDate<2024-02-29", FilterField.of("purchasing.warrantyDate")
                .lt(LocalDate.of(2024, 2, 29)).toString());
        assertEquals("d=in=(2024-01-01,2024-12-31)", FilterField.of("d").in(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).toString());
    }

    @Test
    void numbersAreWrittenPlainly() {
        FilterField n = FilterField.of("hardware.totalRamMegabytes");
        assertEquals("hardware.totalRamMegabytes>=16384", n.gte(16384).toString());
        assertEquals("hardware.totalRamMegabytes>=16384", n.gte(16384L).toString());
        assertEquals("hardware.totalRamMegabytes<10000000000", n.lt(1e10).toString());
        assertEquals("hardware.totalRamMegabytes<0.1", n.lt(0.1f).toString());
        assertEquals("hardware.totalRamMegabytes<0.00001", n.lt(new BigDecimal("1E-5")).toString());
        assertEquals("hardware.totalRamMegabytes==-2.5", n.eq(-2.5).toString());
        assertThrows(IllegalArgumentException.class, () -> n.eq(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> n.eq(Double.POSITIVE_INFINITY));
    }

    enum Platform { Mac, iOS }

    @Test
    void otherValuesAreTheirText() {
        UUID udid = UUID.fromString("1c3a2e0e-77bb-4f5e-9a0c-123456789abc");
        assertEquals("udid==1c3a2e0e-77bb-4f5e-9a0c-123456789abc", FilterField.of("udid").eq(udid).toString());
        assertEquals("general.platform==Mac", FilterField.of("general.platform").eq(Platform.Mac).toString());
        assertEquals("c==x", FilterField.of("c").eq('x').toString());
        assertEquals("c==\" \"", FilterField.of("c").eq(' ').toString());
    }

    @Test
    void badValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> NAME.eq(null));
        assertThrows(IllegalArgumentException.class, () -> NAME.in("a", null));
        assertThrows(IllegalArgumentException.class, () -> NAME.in());
        assertThrows(IllegalArgumentException.class, () -> NAME.out(List.of()));
        IllegalArgumentException collection = assertThrows(IllegalArgumentException.class, () -> NAME.eq(List.of("a", "b")));
        assertTrue(collection.getMessage().contains("in(...)"), collection.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NAME.eq(new String[] {"a"}));
        assertThrows(NullPointerException.class, () -> NAME.in((Object[]) null));
        assertThrows(NullPointerException.class, () -> NAME.in((List<?>) null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"general.name", "id", "userAndLocation.buildingId", "a_b-c", "extensionAttributes.42"})
    void fieldNames(String name) {
        assertEquals(name, FilterField.of(name).name());
        assertEquals(name, FilterField.of(name).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "general name", "a=b", "a;b", "a,b", "a(b", "a)b", "a\"b", "a'b", "a!b", "a~b", "a<b", "a>b", "a\tb"})
    void badFieldNamesAreRefused(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FilterField.of(name));
        assertTrue(e.getMessage().contains("not a filter field name"), e.getMessage());
    }

    @Test
    void nullFieldNameIsRefused() {
        assertThrows(NullPointerException.class, () -> FilterField.of(null));
    }
}

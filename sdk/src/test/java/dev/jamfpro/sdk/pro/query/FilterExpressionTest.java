package dev.jamfpro.sdk.pro.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** and/or joining: {@code ;} binds tighter than {@code ,}, so groups are parenthesised exactly where needed. */
class FilterExpressionTest {
    private static final FilterExpression A = FilterField.of("a").eq(1);
    private static final FilterExpression B = FilterField.of("b").eq(2);
    private static final FilterExpression C = FilterField.of("c").eq(3);
    private static final FilterExpression D = FilterField.of("d").eq(4);

    @Test
    void andOrAndGrouping() {
        assertEquals("a==1;b==2", A.and(B).toString());
        assertEquals("a==1,b==2", A.or(B).toString());
        assertEquals("a==1;b==2;c==3", A.and(B).and(C).toString());
        assertEquals("a==1;b==2;c==3", A.and(B.and(C)).toString());
        assertEquals("a==1,b==2,c==3", A.or(B.or(C)).toString());
        assertEquals("(a==1,b==2);c==3", A.or(B).and(C).toString());
        assertEquals("c==3;(a==1,b==2)", C.and(A.or(B)).toString());
        assertEquals("a==1;b==2,c==3", A.and(B).or(C).toString());
        assertEquals("a==1,b==2;c==3", A.or(B.and(C)).toString());
        assertEquals("(a==1,b==2);(c==3,d==4)", A.or(B).and(C.or(D)).toString());
        assertEquals("a==1;b==2,c==3;d==4", A.and(B).or(C.and(D)).toString());
        assertEquals("a==1,b==2;(c==3,d==4)", A.or(B.and(C.or(D))).toString());
        assertEquals("a==1;(b==2,c==3;d==4)", A.and(B.or(C.and(D))).toString());
        assertEquals("(a==1,b==2);c==3;d==4", A.or(B).and(C).and(D).toString());
        assertEquals("((a==1,b==2);c==3,d==4);a==1", A.or(B).and(C).or(D).and(A).toString());
    }

    /** What the server reads: the tree the Java expression was built as, checked on every assignment. */
    @Test
    void randomTreesMeanWhatTheyWereBuiltAs() {
        Random random = new Random(20240601);
        for (int round = 0; round < 500; round++) {
            Built built = build(random, 4);
            String rsql = built.expression.toString();
            RsqlReader.Node read = RsqlReader.parse(rsql);
            for (int bits = 0; bits < 1 << 6; bits++) {
                int assignment = bits;
                Predicate<RsqlReader.Comparison> truth = c -> (assignment >> Integer.parseInt(c.values().get(0)) & 1) == 1;
                assertEquals(built.meaning.test(assignment), read.eval(truth), () -> rsql + " under " + Integer.toBinaryString(assignment));
            }
        }
    }

    private record Built(FilterExpression expression, Predicate<Integer> meaning) {
    }

    /** A random expression over the comparisons {@code fK==K} (K in 0..5) and what it means. */
    private static Built build(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            int k = random.nextInt(6);
            return new Built(FilterField.of("f" + k).eq(k), bits -> (bits >> k & 1) == 1);
        }
        Built left = build(random, depth - 1);
        Built right = build(random, depth - 1);
        return random.nextBoolean()
                ? new Built(left.expression.and(right.expression), bits -> left.meaning.test(bits) && right.meaning.test(bits))
                : new Built(left.expression.or(right.expression), bits -> left.meaning.test(bits) || right.meaning.test(bits));
    }

    @Test
    void joiningLeavesTheOperandsUnchanged() {
        FilterExpression ab = A.or(B);
        ab.and(C);
        assertEquals("a==1,b==2", ab.toString());
    }

    @Test
    void equalityIsByText() {
        assertEquals(A.and(B), FilterField.of("a").eq(1).and(FilterField.of("b").eq("2")));
        assertEquals(A.and(B).hashCode(), FilterField.of("a").eq(1).and(FilterField.of("b").eq("2")).hashCode());
        assertEquals(A.and(B.and(C)), A.and(B).and(C));
        assertNotEquals(A.and(B), B.and(A));
        assertNotEquals(A.and(B), A.or(B));
    }

    @Test
    void nullOperandsAreRefused() {
        assertThrows(NullPointerException.class, () -> A.and(null));
        assertThrows(NullPointerException.class, () -> A.or(null));
    }

    @Test
    void theDocumentedExample() {
        FilterExpression f = FilterField.of("general.name").eq("Oscar's Mac")
                .and(FilterField.of("general.platform").in("Mac", "iOS"));
        assertEquals("general.name==\"Oscar's Mac\";general.platform=in=(Mac,iOS)", f.toString());
        assertEquals(List.of("Oscar's Mac"),
                ((RsqlReader.Comparison) ((RsqlReader.And) RsqlReader.parse(f.toString())).operands().get(0)).values());
    }
}

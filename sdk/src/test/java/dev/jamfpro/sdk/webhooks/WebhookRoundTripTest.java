package dev.jamfpro.sdk.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every event type, in JSON and in XML, round-trips through the fake builders and the parser. */
class WebhookRoundTripTest {
    /** Events whose fields are not confirmed: their fakes set none, so there is nothing typed to read. */
    private static final Set<WebhookEventType> UNCONFIRMED = Set.of(WebhookEventType.DEVICE_RATE_LIMITED,
            WebhookEventType.SCEP_CHALLENGE);

    @ParameterizedTest
    @EnumSource(WebhookEventType.class)
    void everyEventRoundTripsThroughJsonAndXml(WebhookEventType type) {
        WebhookEvent fake = FakeWebhooks.seeded(type.ordinal()).builder(type).build();
        assertEquals(type.eventName(), fake.eventName());
        assertEquals(type.eventName(), fake.webhook().webhookEvent());
        assertTrue(fake.otherFields().isEmpty(), "the fake sets declared fields only: " + fake.otherFields());

        WebhookEvent fromJson = WebhookEvent.fromJson(fake.toJson());
        WebhookEvent fromXml = WebhookEvent.fromXml(fake.toXml());
        for (WebhookEvent read : List.of(fromJson, fromXml)) {
            assertSame(fake.getClass(), read.getClass());
            assertEquals(fake, read);
            assertEquals(fake.hashCode(), read.hashCode());
            assertEquals(accessors(fake), accessors(read), "every typed accessor reads the same value back");
            assertEquals(fake.toJson(), read.toJson(), "the same JSON, field for field and in order");
            assertEquals(fake.toXml(), read.toXml(), "the same XML");
        }
        assertEquals(fake, WebhookEvent.parse(fake.toJson().getBytes(StandardCharsets.UTF_8), "application/json"));
        assertEquals(fake, WebhookEvent.parse(fake.toXml().getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8"));
        assertEquals(fake, WebhookEvent.parse(fake.toXml().getBytes(StandardCharsets.UTF_8), null), "sniffed: XML");
        assertEquals(fake, WebhookEvent.parse(fake.toJson().getBytes(StandardCharsets.UTF_8), null), "sniffed: JSON");
    }

    @ParameterizedTest
    @EnumSource(WebhookEventType.class)
    void everyTypedAccessorOfAFakeHasAValueAndTheWebhookObjectIsFilled(WebhookEventType type) {
        WebhookEvent fake = FakeWebhooks.seeded(42).builder(type).build();
        assertTrue(fake.webhook().id().isPresent());
        assertEquals(type.eventName() + " to automation", fake.webhook().name().orElseThrow());
        assertEquals(FakeWebhooks.REFERENCE, fake.webhook().eventTimestamp().orElseThrow());
        Map<String, Object> values = accessors(fake);
        if (UNCONFIRMED.contains(type)) {
            assertEquals(Map.of(), values, "no field declared");
            assertTrue(fake.eventField("anything").isEmpty());
            return;
        }
        assertFalse(values.isEmpty());
        List<String> empty = values.entrySet().stream().filter(e -> isEmpty(e.getValue())).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), empty, "accessors the fake left empty, or whose name does not match the shape's");
    }

    @ParameterizedTest
    @EnumSource(WebhookEventType.class)
    void toBuilderChangesACopyAndKeepsTheRest(WebhookEventType type) throws ReflectiveOperationException {
        WebhookEvent fake = FakeWebhooks.seeded(5).builder(type).build();
        WebhookEventBuilder<?, ?> builder = (WebhookEventBuilder<?, ?>) fake.getClass().getMethod("toBuilder").invoke(fake);
        assertEquals(fake, builder.build(), "toBuilder().build() is the same event");
        WebhookEvent changed = builder.webhookId(999).eventField("addedByTest", new com.google.gson.JsonPrimitive(1)).build();
        assertNotEquals(fake, changed);
        assertEquals(999, changed.webhook().id().getAsInt());
        assertEquals(Set.of("addedByTest"), changed.otherFields().keySet());
        assertTrue(fake.otherFields().isEmpty(), "the original is unchanged");
        assertEquals(accessors(fake), accessors(changed), "everything else is kept");
    }

    @Test
    void oneOfEachCoversTheWholeSealedHierarchy() {
        List<WebhookEvent> events = FakeWebhooks.seeded(1).oneOfEach();
        assertEquals(23, events.size());
        Set<Class<?>> classes = events.stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(23, classes.size(), "one class per event");
        Set<Class<?>> permitted = Arrays.stream(WebhookEvent.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(24, permitted.size());
        assertTrue(permitted.containsAll(classes));
        assertTrue(permitted.contains(UnknownWebhookEvent.class));
        assertEquals(Arrays.stream(WebhookEventType.values()).map(WebhookEventType::eventName).toList(),
                events.stream().map(WebhookEvent::eventName).toList());
    }

    @Test
    void theSameSeedGivesTheSameEventsAndAnotherSeedOthers() {
        assertEquals(FakeWebhooks.seeded(3).oneOfEach(), FakeWebhooks.seeded(3).oneOfEach());
        assertNotEquals(FakeWebhooks.seeded(3).computerCheckIn().build(), FakeWebhooks.seeded(4).computerCheckIn().build());
    }

    private static boolean isEmpty(Object value) {
        return value instanceof Optional<?> o && o.isEmpty() || value instanceof OptionalInt i && i.isEmpty()
                || value instanceof List<?> l && l.isEmpty();
    }

    /**
     * Every typed accessor of an event or record, by name: the public no-argument methods returning a
     * value of a declared field (devices expanded into their own accessors).
     */
    static Map<String, Object> accessors(Object target) {
        Set<String> notFields = Set.of("toJson", "toXml", "toBuilder", "toString", "hashCode", "getClass", "otherFields",
                "eventName", "webhook", "rawBody", "rawEvent", "format");
        Map<String, Object> values = new TreeMap<>();
        for (Method method : target.getClass().getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || notFields.contains(method.getName()) || method.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                method.setAccessible(true);
                value = method.invoke(target);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError(method + " failed", e);
            }
            values.put(method.getName(), expand(value));
        }
        return values;
    }

    private static Object expand(Object value) {
        if (value instanceof WebhookDevice device) {
            return accessors(device);
        }
        if (value instanceof Optional<?> o && o.isPresent() && o.get() instanceof WebhookDevice device) {
            return Optional.of(accessors(device));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(WebhookRoundTripTest::expand).toList();
        }
        return value;
    }
}

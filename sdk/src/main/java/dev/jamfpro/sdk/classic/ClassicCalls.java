package dev.jamfpro.sdk.classic;

import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.classic.model.ClassicComputer;
import dev.jamfpro.sdk.classic.model.ClassicComputerGroup;
import dev.jamfpro.sdk.classic.model.ClassicList;
import dev.jamfpro.sdk.classic.model.ClassicMobileDeviceGroup;
import dev.jamfpro.sdk.internal.ClassicTransport;
import dev.jamfpro.sdk.internal.Snippets;
import dev.jamfpro.sdk.internal.http.ErrorBodies;
import dev.jamfpro.sdk.internal.xml.ClassicXml;
import dev.jamfpro.sdk.internal.xml.MalformedXmlException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * The hand-written runtime of the Classic API, where Jamf's quirks live: path segments and lookups,
 * {@code /subset/A&B}, {@code id/0} creates, payload escaping, uploads, untrusted XML and answers that
 * are not XML. {@link ClassicApi} (generated from Jamf's documents) is one call of these per operation;
 * the few methods that are more than one call are here too.
 */
abstract class ClassicCalls {
    private static final int HEAD_BYTES = 400;
    private static final int HTML_PAGE_BYTES = 64 * 1024;
    private static final Pattern PAYLOADS = Pattern.compile("(<payloads>)(.*?)(</payloads>)", Pattern.DOTALL);
    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    /** The reader and writer of Classic models: built on the first Classic call, not with the client. */
    private static final class Xml {
        static final ClassicXml XML = new ClassicXml();
    }

    private final ClassicTransport transport;

    ClassicCalls(ClassicTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport == null");
    }

    /**
     * The shared reader and writer of Classic models (a JAXB context per model class, built when that
     * class is first used).
     *
     * @return the reader and writer every {@code ClassicApi} uses
     */
    public static ClassicXml xml() {
        return Xml.XML;
    }

    // ---------------------------------------------------------------- calls that are more than one request

    /**
     * Marks a computer managed ({@code general/remote_management/managed = true}).
     *
     * @param id the computer's id
     * @return a future completed when Jamf has answered
     * @deprecated Jamf deprecated {@code PUT /JSSResource/computers/id/{id}} on 2025-02-11; use the Jamf Pro
     *     API's computer inventory instead. The call keeps working while Jamf serves it.
     */
    @Deprecated
    public CompletableFuture<Void> setComputerManagedById(int id) {
        return setComputerManagement(id, true);
    }

    /**
     * Marks a computer unmanaged ({@code general/remote_management/managed = false}).
     *
     * @param id the computer's id
     * @return a future completed when Jamf has answered
     * @deprecated Jamf deprecated {@code PUT /JSSResource/computers/id/{id}} on 2025-02-11; use the Jamf Pro
     *     API's computer inventory instead. The call keeps working while Jamf serves it.
     */
    @Deprecated
    public CompletableFuture<Void> setComputerUnmanagedById(int id) {
        return setComputerManagement(id, false);
    }

    private CompletableFuture<Void> setComputerManagement(int id, boolean managed) {
        ClassicComputer computer = new ClassicComputer();
        computer.setGeneral(new ClassicComputer.General());
        computer.getGeneral().setRemoteManagement(new ClassicComputer.RemoteManagement());
        computer.getGeneral().getRemoteManagement().setManaged(managed);
        return send("PUT", List.of("computers", "id", Integer.toString(id)), xml(computer));
    }

    /**
     * Adds and removes members of a static computer group without sending the whole membership
     * ({@code computer_additions} and {@code computer_deletions}). When both lists are empty nothing
     * is sent.
     *
     * @param id the group's id
     * @param add computer ids to add (null or empty: none)
     * @param remove computer ids to remove (null or empty: none)
     * @return a future completed when Jamf has answered
     */
    public CompletableFuture<Void> updateStaticComputerGroupMembershipById(int id, List<Integer> add, List<Integer> remove) {
        ClassicComputerGroup change = new ClassicComputerGroup();
        change.setComputerAdditions(members(add, ClassicComputerGroup.Computers::new,
                member -> new ClassicComputerGroup.Computer(member, null)));
        change.setComputerDeletions(members(remove, ClassicComputerGroup.Computers::new,
                member -> new ClassicComputerGroup.Computer(member, null)));
        if (change.getComputerAdditions() == null && change.getComputerDeletions() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return send("PUT", List.of("computergroups", "id", Integer.toString(id)), xml(change));
    }

    /**
     * Adds and removes members of a static mobile device group ({@code mobile_device_additions} and
     * {@code mobile_device_deletions}). When both lists are empty nothing is sent.
     *
     * @param id the group's id
     * @param add device ids to add (null or empty: none)
     * @param remove device ids to remove (null or empty: none)
     * @return a future completed when Jamf has answered
     */
    public CompletableFuture<Void> updateStaticMobileDeviceGroupMembershipById(int id, List<Integer> add,
                                                                               List<Integer> remove) {
        ClassicMobileDeviceGroup change = new ClassicMobileDeviceGroup();
        change.setMobileDeviceAdditions(members(add, ClassicMobileDeviceGroup.MobileDevices::new,
                member -> new ClassicMobileDeviceGroup.MobileDevice(member, null)));
        change.setMobileDeviceDeletions(members(remove, ClassicMobileDeviceGroup.MobileDevices::new,
                member -> new ClassicMobileDeviceGroup.MobileDevice(member, null)));
        if (change.getMobileDeviceAdditions() == null && change.getMobileDeviceDeletions() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return send("PUT", List.of("mobiledevicegroups", "id", Integer.toString(id)), xml(change));
    }

    // ---------------------------------------------------------------- what every generated method calls

    /** Reads one document whose root is {@code type}'s. */
    final <T> CompletableFuture<T> read(String method, List<String> path, String xmlBody, Class<T> type) {
        return parse(method, path, xmlBody, xml -> xml().read(xml, type));
    }

    /** Reads a list document: the {@code itemElement} children of {@code listElement}, in order. */
    final <I> CompletableFuture<List<I>> readList(String method, List<String> path, String xmlBody, String listElement,
                                                  String itemElement, Class<I> itemType) {
        return parse(method, path, xmlBody, xml -> xml().readList(xml, listElement, itemElement, itemType));
    }

    /** {@code POST …/id/0} (or another create path) with the model; completes with the new id. */
    final CompletableFuture<Integer> create(List<String> path, String xmlBody) {
        return parse("POST", path, xmlBody, xml -> xml().readCreatedId(xml));
    }

    /** A write whose answer carries nothing to read. */
    final CompletableFuture<Void> send(String method, List<String> path, String xmlBody) {
        return transport.send(method, path, xmlBody).thenApply(response -> null);
    }

    /** {@code POST /fileuploads/…}: the file as the multipart part {@code name}, as Jamf's curl example sends it. */
    final CompletableFuture<Void> upload(List<String> path, String fileName, byte[] content) {
        required("fileName", fileName);
        Objects.requireNonNull(content, "content == null");
        RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("name", fileName, RequestBody.create(content, OCTET_STREAM)).build();
        return transport.exchange("POST", path, body, answer -> null);
    }

    /** The model as the XML sent. */
    static String xml(Object model) {
        return xml().write(Objects.requireNonNull(model, "model == null"));
    }

    /** The model as the XML sent, rewritten by {@code beforeWrite} (payload escaping). */
    static String xml(Object model, UnaryOperator<String> beforeWrite) {
        return beforeWrite.apply(xml(model));
    }

    /** {@code path}, then {@code subset/A&B} when sections are asked for. */
    static List<String> subsets(List<String> path, Object[] subsets) {
        if (subsets == null || subsets.length == 0) {
            return path;
        }
        List<String> withSubsets = new ArrayList<>(path);
        withSubsets.add("subset");
        withSubsets.add(Arrays.stream(subsets).map(s -> {
            Objects.requireNonNull(s, "subset == null");
            String name = s instanceof ComputerSubset computer ? computer.pathName() : s.toString();
            return required("subset", name);
        }).distinct().collect(Collectors.joining("&")));
        return withSubsets;
    }

    /** A date range segment, {@code 2024-01-01_2024-12-31}. */
    static String range(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "startDate == null");
        Objects.requireNonNull(end, "endDate == null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("endDate " + end + " is before startDate " + start);
        }
        return start + "_" + end;
    }

    /** Ids as one comma-separated segment, {@code 33,34}. */
    static String ids(String name, List<Integer> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return ids.stream().map(id -> Integer.toString(Objects.requireNonNull(id, name + " holds null")))
                .collect(Collectors.joining(","));
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return value;
    }

    /**
     * Jamf decodes entities in a profile's {@code <payloads>} once more than XML requires, so an
     * {@code &} the payload holds must arrive as {@code &amp;amp;}: every {@code &amp;} inside
     * {@code <payloads>} gets one more escape.
     */
    static String escapePayloadsOnceMore(String xml) {
        Matcher matcher = PAYLOADS.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length() + 32);
        while (matcher.find()) {
            String escaped = matcher.group(2).replace("&amp;", "&amp;amp;");
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + escaped + matcher.group(3)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    // ---------------------------------------------------------------- parsing answers

    /**
     * Sends a request and parses its 2xx answer from the body's stream. The first bytes are peeked (not
     * consumed) first, so an HTML page is named as such and a failed parse can say what arrived.
     */
    private <R> CompletableFuture<R> parse(String method, List<String> path, String xmlBody, Function<InputStream, R> parser) {
        String where = method + " /JSSResource/" + String.join("/", path);
        return transport.exchangeXml(method, path, xmlBody, body -> {
            String head = head(body, HEAD_BYTES);
            MediaType type = body.contentType();
            if (isHtml(type, head)) {
                String page = head(body, HTML_PAGE_BYTES);
                String message = ErrorBodies.classicMessage(page);
                throw new JamfProSdkException(where + ": expected Classic API XML but the answer is an HTML page (Content-Type "
                        + (type == null ? "none" : type) + (message.isEmpty() ? "" : "; the page says: " + message) + ")");
            }
            try {
                return parser.apply(body.byteStream());
            } catch (MalformedXmlException e) {
                throw new JamfProSdkException(where + ": unreadable answer: " + e.getMessage() + " (Content-Type "
                        + (type == null ? "none" : type) + ", body: " + Snippets.of(head) + ")", e);
            }
        });
    }

    private static boolean isHtml(MediaType type, String head) {
        if (type != null && type.subtype().toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String start = head.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    private static String head(ResponseBody body, int bytes) throws IOException {
        BufferedSource peek = body.source().peek();
        return peek.request(bytes) ? peek.readString(bytes, StandardCharsets.UTF_8) : peek.readString(StandardCharsets.UTF_8);
    }

    private static <M, L extends ClassicList<M>> L members(List<Integer> ids, Supplier<L> newList, IntFunction<M> member) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        L list = newList.get();
        for (Integer id : ids) {
            list.getItems().add(member.apply(Objects.requireNonNull(id, "member id == null")));
        }
        return list;
    }
}

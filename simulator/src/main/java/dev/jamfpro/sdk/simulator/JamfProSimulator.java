package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * A simulated Jamf Pro server, in process, over real HTTP on a loopback port: for tests, demos and
 * benchmarks of Jamf Pro clients.
 *
 * <pre>{@code
 * try (JamfProSimulator jamf = JamfProSimulator.builder().computers(2000).latency(Duration.ofMillis(20)).start()) {
 *     // point a client at jamf.host() : jamf.port() over http, credentials "sim-client" / "sim-secret"
 * }
 * }</pre>
 *
 * <p>It serves:
 * <ul>
 *   <li>every operation of the Pro API document it was built with ({@link ProEngine}): collections
 *       are stores (list, page, filter, sort, create, read, replace, merge-patch, delete, 404), settings
 *       keep what was written, everything else answers a value of its declared schema;</li>
 *   <li>the computer inventory of every version ({@code /api/v1} to {@code /api/v4/computers-inventory},
 *       {@code .../computers-inventory-detail/{id}}) over one seeded fleet, also the Classic
 *       {@code computers};</li>
 *   <li>every resource of the Classic API in XML ({@link ClassicEngine}): lookups, subsets,
 *       {@code id/0} creates, Jamf's partial {@code PUT}, its HTML error pages;</li>
 *   <li>{@code POST /api/v1/oauth/token} (also {@code /api/oauth/token}): client credentials form,
 *       {@code {access_token, token_type, scope, expires_in}}, RFC 6749 errors;
 *       {@code POST /api/v1/auth/token} (HTTP Basic) → {@code {token, expires}};
 *       {@code /api/v1/auth/keep-alive} (a new user token; the old one dies);
 *       {@code /api/v1/auth/invalidate-token} → 204; a bearer check on every other call: 401 with
 *       {@code INVALID_TOKEN} for unknown, expired or ended tokens.</li>
 * </ul>
 *
 * <p>For tests: {@link #addComputer}, {@link #checkIn}, {@link #proStore}, {@link #classicStore},
 * {@link #stub}, {@link #recordedRequests()}, a {@link ManualClock} ({@link Builder#clock}),
 * {@link #addFleetListener} to be told of every change to the fleet, {@link #enrollMobileDevice} and
 * {@link #checkInMobileDevice}, and {@link #webhooks()} to have the changes posted as Jamf Pro's webhooks
 * (with smart groups from {@link #addSmartComputerGroup} and {@link #addSmartMobileDeviceGroup}); API
 * writes post {@code RestAPIOperation}.
 *
 * <p>Knobs: a fixed latency per request (from arrival to answer, so server work hides inside it),
 * a share of API requests answered with a {@link Fault}, or faults aimed at the next matching
 * requests ({@link #failNext}). Counters: {@link #stats()}, and the {@link #recordedRequests()} log.
 * Injected faults never hit the authentication endpoints.
 */
public final class JamfProSimulator implements AutoCloseable {
    private final Fleet fleet;
    private final FleetEvents events;
    private final SimulatedWebhooks webhooks;
    /** Turns fleet changes into webhooks; keeps the smart groups. */
    private final FleetWebhooks fleetWebhooks;
    /** The Pro and Classic engines: ready once the models of Jamf's documents are loaded (in the background). */
    private final java.util.concurrent.CompletableFuture<Apis> apis;
    private final TokenStore tokens;
    private final Counters counters;
    private final JamfRoutes routes;
    /** Answers the API, the writes in change order and with their webhook events. */
    private final ApiWebhooks apiWebhooks;
    private final HttpServerCore server;
    private final Random faultRandom;
    private final List<AimedFault> aimedFaults = new ArrayList<>();
    private final List<Stub> stubs = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Clock clock;
    private final long seed;

    private volatile long latencyNanos;
    private volatile double faultRate;
    private volatile Fault[] faults;
    private volatile Duration tokenLifetime;

    private record AimedFault(Fault fault, RequestMatcher matcher, int[] remaining) {
    }

    /** What answers the Pro and Classic APIs, over this simulator's fleet. */
    private record Apis(ProEngine engine, Directory directory, InventoryRoutes inventory,
                        java.util.function.Supplier<ClassicEngine> classic) {
    }

    private JamfProSimulator(Builder b) {
        // Jamf's documents load on another thread while the fleet is seeded: start() returns without waiting;
        // the first request that needs them does (they are loaded once per JVM).
        // The Pro requests wait for the Pro model only; the Classic model follows on the same thread.
        java.util.concurrent.CompletableFuture<Void> models = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                ProApiModel model = ProApiModel.get();
                model.memo(ProEngine.Shape.class, () -> ProEngine.Shape.of(model));
                models.complete(null);
            } catch (RuntimeException e) {
                models.completeExceptionally(e);
                return;
            }
            ClassicModel.get();
        }, task -> {
            Thread thread = new Thread(task, "jamf-pro-simulator-models");
            thread.setDaemon(true);
            thread.start();
        });
        this.events = new FleetEvents(b.clock);
        this.fleet = new Fleet(FleetSeeder.seed(b.computers, b.seed), events);
        this.webhooks = new SimulatedWebhooks();
        this.fleetWebhooks = new FleetWebhooks(webhooks, fleet::all);
        events.add(fleetWebhooks); // the webhooks hear of each change through the same hook as any listener
        this.clock = b.clock;
        this.seed = b.seed;
        this.tokens = new TokenStore(b.clock);
        this.counters = new Counters(b.requestLogLimit);
        this.faultRandom = new Random(b.seed * 31 + 7);
        this.latencyNanos = b.latency.toNanos();
        this.faultRate = b.faultRate;
        this.faults = b.faults.toArray(Fault[]::new);
        this.tokenLifetime = b.tokenLifetime;
        this.apis = models.thenApply(ready -> apis(b));
        this.routes = new JamfRoutes(tokens, () -> tokenLifetime, () -> apis().inventory(), () -> apis().engine(),
                () -> apis().classic().get(), b.clientId, b.clientSecret, b.username, b.password, b.version);
        this.apiWebhooks = new ApiWebhooks(webhooks, fleet, routes, () -> apis().engine(), () -> apis().directory(),
                () -> store(apis().engine(), "/v2/mobile-devices"), b.clock);
        try {
            this.server = new HttpServerCore(b.port, this::handle, counters);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + b.port, e);
        }
    }

    private Apis apis(Builder b) {
        ProApiModel model = ProApiModel.get();
        Map<String, Predicate<String>> external = new HashMap<>();
        for (String template : model.templates()) {
            List<String> segments = ProApiModel.split(template);
            for (int i = 1; i <= segments.size(); i++) {
                String prefix = "/" + String.join("/", segments.subList(0, i));
                if (InventoryRoutes.addressesComputer(prefix)) {
                    external.put(prefix, this::computerExists);
                }
            }
        }
        int maxPageSize = b.maxPageSize;
        ProEngine engine = new ProEngine(model, b.seed, b.recordsPerCollection, () -> maxPageSize, seedOverlays(b),
                external);
        Directory directory = new Directory(() -> store(engine, "/v1/buildings"), () -> store(engine, "/v1/departments"));
        InventoryRoutes inventory = new InventoryRoutes(model, engine, fleet, directory, () -> maxPageSize,
                b.seed, b.clock);
        ClassicComputers classicComputers = new ClassicComputers(fleet, directory, b.seed);
        ClassicEngine[] classic = {null};
        java.util.function.Supplier<ClassicEngine> classicEngine = () -> {
            synchronized (classic) { // made on the first Classic request or shared-kind write: its model is loaded then
                if (classic[0] == null) {
                    ClassicEngine made = new ClassicEngine(ClassicModel.get(), classicComputers, b.seed,
                            b.recordsPerCollection);
                    link(engine, made);
                    classic[0] = made;
                }
                return classic[0];
            }
        };
        // A shared kind's Pro store is linked before its first write even when no Classic request came yet
        for (SharedKinds.Kind kind : SharedKinds.kinds()) {
            RecordCollection pro = store(engine, kind.proPath());
            if (pro != null && pro.finite()) {
                pro.linkBeforeFirstWrite(classicEngine::get);
            }
        }
        return new Apis(engine, directory, inventory, classicEngine);
    }

    /**
     * Makes the Pro and Classic stores of each kind both APIs keep ({@link SharedKinds}) one: the Classic
     * store starts as the mirror of the Pro one (before any Classic request is answered, or the Pro store's
     * first write) and every write through either is mirrored after. A kind one of the documents lacks stays
     * unlinked.
     */
    private static void link(ProEngine engine, ClassicEngine classic) {
        for (SharedKinds.Kind kind : SharedKinds.kinds()) {
            RecordCollection pro = store(engine, kind.proPath());
            ClassicModel.Resource resource = ClassicModel.get().resource(kind.resource());
            if (pro != null && pro.finite() && resource != null) {
                SharedKinds.Link.connect(kind, pro, classic.storeNamed(kind.resource()), classic.seedRecord(resource),
                        path -> store(engine, path));
            }
        }
    }

    /** The engines, waiting for Jamf's documents to be loaded if they are not yet. */
    private Apis apis() {
        try {
            return apis.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Map<String, List<JsonObject>> seedOverlays(Builder b) {
        Map<String, List<JsonObject>> overlays = new HashMap<>();
        overlays.put("/v1/buildings", named(FleetSeeder.BUILDINGS));
        overlays.put("/v1/departments", named(FleetSeeder.DEPARTMENTS));
        overlays.put("/v2/mobile-devices", MobileSeeder.overlays(b.mobileDevices, b.seed));
        overlays.putAll(SharedKinds.seeds(b.recordsPerCollection));
        return overlays;
    }

    private static List<JsonObject> named(Map<String, String> byId) {
        List<JsonObject> records = new ArrayList<>();
        byId.keySet().stream().sorted(Comparator.comparingInt(Integer::parseInt)).forEach(id -> {
            JsonObject record = new JsonObject();
            record.addProperty("name", byId.get(id));
            records.add(record);
        });
        return records;
    }

    private boolean computerExists(String id) {
        try {
            return fleet.byId(Integer.parseInt(id.trim())).isPresent();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The Pro store at a concrete collection path, or null when the document has no such collection. */
    private static RecordCollection store(ProEngine engine, String path) {
        ProApiModel.Match match = ProApiModel.get().match(ProApiModel.split(path));
        if (match == null || engine.role(match.template()) != ProEngine.Role.COLLECTION) {
            return null;
        }
        return engine.collection(match.template(), path);
    }

    /** {@return a builder with the defaults: 2000 computers, seed 1, no latency, no faults, dynamic port} */
    public static Builder builder() {
        return new Builder();
    }

    private SimResponse handle(SimRequest request) {
        List<String> segments = segments(request.path());
        String path = "/" + String.join("/", segments);
        counters.path(path);
        if (JamfRoutes.isTokenPath(path)) {
            counters.tokenRequest();
        }
        StubAnswer stubbed = stubbed(request.method(), path, request.query());
        Fault fault = stubbed != null ? stubbed.fault()
                : JamfRoutes.isAuthPath(path) ? null : chooseFault(request.method(), path, request.query());
        SimResponse response;
        if (stubbed != null && fault == null) {
            response = stubbed.response();
        } else if (fault == Fault.HTTP_503) {
            response = SimResponse.html(503, "<html><head><title>503 Service Temporarily Unavailable</title></head>"
                    + "<body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>");
        } else if (fault == Fault.CONNECTION_RESET) {
            response = SimResponse.reset();
        } else {
            response = apiWebhooks.route(request, segments, path);
        }
        if (fault != null) {
            counters.fault();
        }
        if (counters.recording()) {
            counters.record(new RecordedRequest(request.method(), path, Map.copyOf(request.query()), response.status(),
                    fault, request.headers(), request.body()));
        }
        awaitLatency(request.arrivalNanos());
        return response;
    }

    /** Decoded path segments; {@code +} decodes to a space, as on Jamf's servlet container. */
    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>(8);
        int start = 0;
        while (start <= rawPath.length()) {
            int slash = rawPath.indexOf('/', start);
            int end = slash < 0 ? rawPath.length() : slash;
            if (end > start) {
                segments.add(SimRequest.decode(rawPath.substring(start, end)));
            }
            start = end + 1;
        }
        return segments;
    }

    private StubAnswer stubbed(String method, String path, Map<String, List<String>> query) {
        for (Stub stub : stubs) {
            StubAnswer answer = stub.take(method, path, query);
            if (answer != null) {
                if (stub.usedUp()) {
                    stubs.remove(stub);
                }
                return answer;
            }
        }
        return null;
    }

    private Fault chooseFault(String method, String path, Map<String, List<String>> query) {
        synchronized (aimedFaults) {
            for (int i = 0; i < aimedFaults.size(); i++) {
                AimedFault aimed = aimedFaults.get(i);
                if (aimed.matcher().matches(method, path, query)) {
                    if (--aimed.remaining()[0] <= 0) {
                        aimedFaults.remove(i);
                    }
                    return aimed.fault();
                }
            }
        }
        double rate = faultRate;
        Fault[] choices = faults;
        if (rate <= 0 || choices.length == 0) {
            return null;
        }
        synchronized (faultRandom) {
            if (faultRandom.nextDouble() >= rate) {
                return null;
            }
            return choices[faultRandom.nextInt(choices.length)];
        }
    }

    /** Parks until {@code latency} after arrival: the time spent answering counts toward it. */
    private void awaitLatency(long arrivalNanos) {
        long deadline = arrivalNanos + latencyNanos;
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /** {@return the port the simulator listens on (on the loopback interface)} */
    public int port() {
        return server.port();
    }

    /** {@return the host to connect to: {@code localhost}} */
    public String host() {
        return "localhost";
    }

    /** {@return the base URL, {@code http://localhost:<port>}} */
    public String baseUrl() {
        return "http://" + host() + ":" + port();
    }

    /** {@return the counters now} */
    public SimulatorStats stats() {
        return counters.snapshot(server.connectionsAccepted());
    }

    /** Zeroes the counters (peak in-flight restarts from the current in-flight) and clears the request log. */
    public void resetStats() {
        counters.reset();
    }

    /**
     * The last requests answered (at most {@link Builder#requestLogLimit}), oldest first, in the order
     * their answers were ready.
     *
     * @return a snapshot of the request log
     */
    public List<RecordedRequest> recordedRequests() {
        return counters.recorded();
    }

    /**
     * Changes the latency of requests arriving from now on.
     *
     * @param latency time from a request's arrival to its answer, zero or positive
     */
    public void setLatency(Duration latency) {
        this.latencyNanos = checkLatency(latency).toNanos();
    }

    /**
     * Changes the share of API requests answered with a fault.
     *
     * @param faultRate 0 to 1
     */
    public void setFaultRate(double faultRate) {
        this.faultRate = checkRate(faultRate);
    }

    /**
     * Changes the faults the fault rate picks from (uniformly).
     *
     * @param faults one or more faults
     */
    public void setFaults(Fault... faults) {
        this.faults = checkFaults(Arrays.asList(faults)).toArray(Fault[]::new);
    }

    /**
     * Changes the lifetime of tokens issued from now on.
     *
     * @param lifetime a positive duration
     */
    public void setTokenLifetime(Duration lifetime) {
        this.tokenLifetime = checkLifetime(lifetime);
    }

    /**
     * Answers the next {@code count} API requests with {@code fault}, before and whatever the fault
     * rate. Authentication endpoints are never faulted.
     *
     * @param count how many requests, 1 or more
     * @param fault the fault they get
     */
    public void failNext(int count, Fault fault) {
        failNext(count, fault, RequestMatcher.any());
    }

    /**
     * Answers the next {@code count} API requests that {@code matcher} accepts with {@code fault}.
     *
     * @param count how many requests, 1 or more
     * @param fault the fault they get
     * @param matcher chooses the requests
     */
    public void failNext(int count, Fault fault, RequestMatcher matcher) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, got " + count);
        }
        Objects.requireNonNull(fault, "fault == null");
        Objects.requireNonNull(matcher, "matcher == null");
        synchronized (aimedFaults) {
            aimedFaults.add(new AimedFault(fault, matcher, new int[] {count}));
        }
    }

    /**
     * Ends every issued token, as a server restart or an administrator would: every client's next
     * API call gets a 401 {@code INVALID_TOKEN}.
     */
    public void revokeAllTokens() {
        tokens.killAll();
    }

    /** {@return the tokens issued and still valid} */
    public int liveTokens() {
        return tokens.liveCount();
    }

    /** {@return the fleet now, in id order (snapshots: later updates do not change them)} */
    public List<SimulatedComputer> computers() {
        return fleet.all();
    }

    /**
     * Computer {@code id}, if the fleet has it.
     *
     * @param id the computer's id
     * @return a snapshot of the computer, or empty
     */
    public Optional<SimulatedComputer> computer(int id) {
        return fleet.byId(id);
    }

    /** {@return the buildings a Classic {@code PUT} may name, by id} */
    public Map<String, String> buildings() {
        return FleetSeeder.BUILDINGS;
    }

    /** {@return the departments a Classic {@code PUT} may name, by id} */
    public Map<String, String> departments() {
        return FleetSeeder.DEPARTMENTS;
    }

    // ------------------------------------------------------------------ the test API

    /**
     * Adds a computer to the fleet, like a seeded one except for what {@code seed} sets: every version
     * of the Pro inventory and the Classic {@code computers} show it at once. Tells the fleet listeners
     * ({@link FleetEvent.Type#COMPUTER_ADDED}): registered {@link #webhooks()} get {@code ComputerAdded}.
     *
     * @param seed the computer's name and the values to set
     * @return the computer, with its id (one more than the highest)
     * @throws IllegalArgumentException when the seed names a building or department the simulator does not have
     */
    public SimulatedComputer addComputer(ComputerSeed seed) {
        Objects.requireNonNull(seed, "seed == null");
        Directory directory = apis().directory();
        return fleet.add(id -> seed.applyTo(FleetSeeder.one(id, this.seed).toBuilder(), directory).build());
    }

    /**
     * Computer {@code id} checks in now, by the simulator's clock (a {@link ManualClock} moves it): its
     * last contact time becomes now. Tells the fleet listeners ({@link FleetEvent.Type#COMPUTER_CHECKED_IN}):
     * registered {@link #webhooks()} get {@code ComputerCheckIn}.
     *
     * @param id the computer's id
     * @return the computer as it is now
     * @throws IllegalArgumentException when there is no computer {@code id}
     */
    public SimulatedComputer checkIn(int id) {
        return checkIn(id, clock.instant());
    }

    /**
     * Computer {@code id} checks in with {@code at} as its last contact time (as {@link #checkIn(int)}).
     *
     * @param id the computer's id
     * @param at its new last contact time
     * @return the computer as it is now
     * @throws IllegalArgumentException when there is no computer {@code id}
     */
    public SimulatedComputer checkIn(int id, java.time.Instant at) {
        Objects.requireNonNull(at, "at == null");
        return fleet.update(id, c -> {
            SimulatedComputer.Builder b = c.toBuilder();
            b.lastContactTime = at;
            return b.build();
        }, FleetEvent.Type.COMPUTER_CHECKED_IN)
                .orElseThrow(() -> new IllegalArgumentException("no computer with id " + id));
    }

    /**
     * Enrolls a mobile device: adds it to the Pro API's mobile devices ({@code /v2/mobile-devices}), as
     * {@link #proStore}{@code .add} would, and tells registered {@link #webhooks()}: they get
     * {@code MobileDeviceEnrolled}.
     *
     * @param json a JSON object: the device's fields ({@code name}, {@code serialNumber}...), laid over a
     *     generated device of the document's schema
     * @return the device's id
     * @throws IllegalArgumentException when {@code json} is not a JSON object
     */
    public String enrollMobileDevice(String json) {
        JsonObject body = ProRecords.object(json);
        RecordCollection mobiles = mobileDevices();
        return fleet.inOrder(() -> {
            String id = mobiles.addOver(body);
            apiWebhooks.mobileDeviceEnrolled(id, mobiles.get(id).orElseThrow(), clock.instant());
            return id;
        });
    }

    /**
     * Mobile device {@code id} checks in now, by the simulator's clock: its {@code lastContactTimestamp}
     * becomes now, and registered {@link #webhooks()} get {@code MobileDeviceCheckIn}.
     *
     * @param id the device's id in the Pro API ({@code /v2/mobile-devices/{id}})
     * @return the device as it is now (JSON, as {@link #proStore}{@code .get} shows it)
     * @throws IllegalArgumentException when there is no mobile device {@code id}
     */
    public String checkInMobileDevice(String id) {
        Objects.requireNonNull(id, "id == null");
        RecordCollection mobiles = mobileDevices();
        return fleet.inOrder(() -> {
            java.time.Instant at = clock.instant();
            JsonObject updated = mobiles.update(id, r -> {
                r.addProperty("lastContactTimestamp", InventoryJson.date(at));
                return r;
            }).orElseThrow(() -> new IllegalArgumentException("no mobile device with id " + id));
            apiWebhooks.mobileDeviceCheckedIn(id, updated, at);
            return updated.toString();
        });
    }

    private RecordCollection mobileDevices() {
        RecordCollection mobiles = store(apis().engine(), "/v2/mobile-devices");
        if (mobiles == null) {
            throw new IllegalStateException("the Pro API document in use has no /v2/mobile-devices");
        }
        return mobiles;
    }

    /**
     * The webhooks this simulator posts when its state changes (Jamf's {@code ComputerAdded},
     * {@code ComputerCheckIn}, {@code ComputerInventoryCompleted}, {@code SmartGroupComputerMembershipChange},
     * {@code RestAPIOperation} and the mobile device events: {@link SimulatedWebhook#SIMULATED_EVENTS}), their
     * registrations and deliveries.
     *
     * @return the simulator's webhooks
     */
    public SimulatedWebhooks webhooks() {
        return webhooks;
    }

    /**
     * Adds a smart computer group holding the computers {@code criteria} accepts, now and after every
     * change to the fleet (through this API, the Pro API or the Classic API); registered
     * {@link #webhooks()} get {@code SmartGroupComputerMembershipChange} after the change that moved a
     * computer in or out. The group lives in the simulator only: it is not a record of the Classic
     * {@code computergroups} or the Pro smart groups.
     *
     * @param name the group's name, sent in its events
     * @param criteria which computers are members (called under the fleet's write lock: keep it a pure test)
     * @return the group's id (from 1)
     */
    public int addSmartComputerGroup(String name, Predicate<SimulatedComputer> criteria) {
        return fleetWebhooks.addSmartGroup(name, criteria);
    }

    /**
     * The members of a smart computer group added with {@link #addSmartComputerGroup}.
     *
     * @param id the group's id
     * @return the ids of its members now
     * @throws IllegalArgumentException when there is no such group
     */
    public Set<Integer> smartComputerGroupMembers(int id) {
        return fleetWebhooks.members(id);
    }

    /**
     * Adds a smart mobile device group holding the devices {@code criteria} accepts, now and after every
     * change to a device ({@link #enrollMobileDevice}, {@link #checkInMobileDevice}, the Pro API or the Classic
     * API; a {@link #proStore}/{@link #classicStore} write posts no device event and the group does not see
     * it); registered {@link #webhooks()}
     * get {@code SmartGroupMobileDeviceMembershipChange} after the change that moved a device in or out. Like
     * {@link #addSmartComputerGroup}, the group lives in the simulator only.
     *
     * @param name the group's name, sent in its events
     * @param criteria which devices are members, tested on the device's record as Jamf's mobile device events
     *     send it, by field name ({@code deviceName}, {@code model}, {@code osVersion}, {@code username},
     *     {@code jssID}...; {@code ""} when unset); called in change order: keep it a pure test
     * @return the group's id (from 1)
     */
    public int addSmartMobileDeviceGroup(String name, Predicate<Map<String, String>> criteria) {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(criteria, "criteria == null");
        RecordCollection mobiles = mobileDevices();
        return fleet.inOrder(() -> apiWebhooks.addSmartMobileDeviceGroup(name, criteria, mobiles.all()));
    }

    /**
     * The members of a smart mobile device group added with {@link #addSmartMobileDeviceGroup}.
     *
     * @param id the group's id
     * @return the ids of its members now
     * @throws IllegalArgumentException when there is no such group
     */
    public Set<Integer> smartMobileDeviceGroupMembers(int id) {
        return fleet.inOrder(() -> apiWebhooks.mobileGroupMembers(id));
    }

    /**
     * Tells {@code listener} of every change to the fleet from now on: computers added (through the Pro
     * API, the Classic API or {@link #addComputer}), checked in, changed, deleted.
     *
     * @param listener told of each change, one at a time, in the order they happened
     */
    public void addFleetListener(FleetListener listener) {
        events.add(listener);
    }

    /**
     * Stops telling {@code listener}.
     *
     * @param listener a listener added before
     * @return false if it was not added
     */
    public boolean removeFleetListener(FleetListener listener) {
        return events.remove(listener);
    }

    /**
     * The records of a Pro API store, by its collection path ({@code /v1/buildings},
     * {@code /v2/computer-groups/static-groups}, {@code /v1/buildings/3/history}; {@code /api} in front is
     * accepted). The computer inventory is the fleet ({@link #computers()}, {@link #addComputer}).
     *
     * @param path the collection's path
     * @return a view of its records (changes go to the store)
     * @throws IllegalArgumentException when the document has no such collection
     */
    public ProRecords proStore(String path) {
        Objects.requireNonNull(path, "path == null");
        String p = path.startsWith("/api/") ? path.substring(4) : path;
        RecordCollection collection = store(apis().engine(), p);
        if (collection == null) {
            throw new IllegalArgumentException(path + " is not a collection of the Pro API document (a path that is "
                    + "listed or has /{id} paths, such as /v1/buildings)");
        }
        return new ProRecords(collection);
    }

    /**
     * The records of a Classic API resource ({@code policies}, {@code computergroups}, {@code users}...).
     * {@code computers} is the fleet ({@link #addComputer}); {@code accounts} keeps users and groups
     * apart ({@code accounts/users}, {@code accounts/groups}).
     *
     * @param resource the resource's name, as in its path
     * @return a view of its records (changes go to the store)
     * @throws IllegalArgumentException for a resource the Classic API does not have, or one that keeps no
     *     records (a report such as {@code computerapplications}, an action such as {@code logflush})
     */
    public ClassicRecords classicStore(String resource) {
        Objects.requireNonNull(resource, "resource == null");
        if (resource.equals("computers")) {
            throw new IllegalArgumentException("computers are the simulated fleet: use addComputer(...) and computers()");
        }
        ClassicEngine classic = apis().classic().get();
        return new ClassicRecords(classic.storeNamed(resource), id -> classic.readPath(resource, id));
    }

    /** {@return the resources of the Classic API this simulator keeps ({@code accounts} ... {@code webhooks}), in name order} */
    public java.util.Set<String> classicResources() {
        return ClassicModel.get().resources().keySet();
    }

    /**
     * Answers the requests {@code matcher} accepts with {@code answer} instead of the simulated answer
     * (authentication endpoints included), until {@link Stub#remove()}. Stubs are tried in the order they
     * were added; latency still applies.
     *
     * @param matcher chooses the requests
     * @param answer what they get
     * @return the stub, to remove it or count its hits
     */
    public Stub stub(RequestMatcher matcher, StubAnswer answer) {
        return stub(matcher, answer, 0);
    }

    /**
     * As {@link #stub(RequestMatcher, StubAnswer)}, for the next {@code times} matching requests only.
     *
     * @param matcher chooses the requests
     * @param answer what they get
     * @param times how many requests it answers; 0 for no limit
     * @return the stub, to remove it or count its hits
     */
    public Stub stub(RequestMatcher matcher, StubAnswer answer, int times) {
        Objects.requireNonNull(matcher, "matcher == null");
        Objects.requireNonNull(answer, "answer == null");
        if (times < 0) {
            throw new IllegalArgumentException("times must be 0 (no limit) or more, got " + times);
        }
        Stub stub = new Stub(matcher, answer, times, stubs::remove);
        stubs.add(stub);
        return stub;
    }

    /** Removes every stub. */
    public void clearStubs() {
        stubs.clear();
    }

    /** Stops listening, closes every connection, ends the server's threads. Idempotent. */
    @Override
    public void close() {
        server.close();
        webhooks.close();
    }

    @Override
    public String toString() {
        return "JamfProSimulator{" + baseUrl() + ", computers=" + fleet.size() + '}';
    }

    private static Duration checkLatency(Duration latency) {
        Objects.requireNonNull(latency, "latency == null");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, got " + latency);
        }
        return latency;
    }

    private static double checkRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("faultRate must be between 0 and 1, got " + rate);
        }
        return rate;
    }

    private static Set<Fault> checkFaults(List<Fault> faults) {
        Objects.requireNonNull(faults, "faults == null");
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("faults must name at least one Fault");
        }
        Set<Fault> set = EnumSet.noneOf(Fault.class);
        for (Fault fault : faults) {
            set.add(Objects.requireNonNull(fault, "fault == null"));
        }
        return set;
    }

    private static Duration checkLifetime(Duration lifetime) {
        Objects.requireNonNull(lifetime, "tokenLifetime == null");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive, got " + lifetime);
        }
        return lifetime;
    }

    /** Configuration of a {@link JamfProSimulator}; {@link #start()} starts one. */
    public static final class Builder {
        private int computers = 2000;
        private int mobileDevices = 50;
        private int recordsPerCollection = 5;
        private long seed = 1;
        private Duration latency = Duration.ZERO;
        private double faultRate;
        private Set<Fault> faults = EnumSet.allOf(Fault.class);
        private int maxPageSize = 2000;
        private Duration tokenLifetime = Duration.ofMinutes(20);
        private String clientId = "sim-client";
        private String clientSecret = "sim-secret";
        private String username = "sim-user";
        private String password = "sim-password";
        private String version = "11.30.1-t1762214160";
        private int port;
        private int requestLogLimit = 10_000;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Computers in the fleet (default 2000); ids run from 1.
         *
         * @param computers 0 or more
         * @return this builder
         */
        public Builder computers(int computers) {
            if (computers < 0) {
                throw new IllegalArgumentException("computers must not be negative, got " + computers);
            }
            this.computers = computers;
            return this;
        }

        /**
         * Mobile devices in the simulated fleet (default 50); ids run from 1.
         *
         * @param mobileDevices 0 or more
         * @return this builder
         */
        public Builder mobileDevices(int mobileDevices) {
            if (mobileDevices < 0) {
                throw new IllegalArgumentException("mobileDevices must not be negative, got " + mobileDevices);
            }
            this.mobileDevices = mobileDevices;
            return this;
        }

        /**
         * Records each other store of the Pro API starts with (default 5: ids 1 to 5), generated from the
         * document's schemas; {@code 0} starts them empty.
         *
         * @param recordsPerCollection 0 or more
         * @return this builder
         */
        public Builder recordsPerCollection(int recordsPerCollection) {
            if (recordsPerCollection < 0) {
                throw new IllegalArgumentException("recordsPerCollection must not be negative, got " + recordsPerCollection);
            }
            this.recordsPerCollection = recordsPerCollection;
            return this;
        }

        /**
         * The seed of the fleet and of the fault choice (default 1): the same seed, the same fleet.
         *
         * @param seed any number
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Time from a request's arrival to its answer (default 0); changeable with {@link #setLatency}.
         *
         * @param latency zero or positive
         * @return this builder
         */
        public Builder latency(Duration latency) {
            this.latency = checkLatency(latency);
            return this;
        }

        /**
         * Share (0 to 1) of API requests answered with a fault (default 0).
         *
         * @param faultRate 0 to 1
         * @return this builder
         */
        public Builder faultRate(double faultRate) {
            this.faultRate = checkRate(faultRate);
            return this;
        }

        /**
         * The faults the fault rate picks from, uniformly (default: all).
         *
         * @param faults one or more faults
         * @return this builder
         */
        public Builder faults(Fault... faults) {
            this.faults = checkFaults(Arrays.asList(faults));
            return this;
        }

        /**
         * The most records a page holds, whatever {@code page-size} asks (default 2000, as Jamf).
         *
         * @param maxPageSize 1 or more
         * @return this builder
         */
        public Builder maxPageSize(int maxPageSize) {
            if (maxPageSize < 1) {
                throw new IllegalArgumentException("maxPageSize must be 1 or more, got " + maxPageSize);
            }
            this.maxPageSize = maxPageSize;
            return this;
        }

        /**
         * Lifetime of issued tokens (default 20 minutes).
         *
         * @param tokenLifetime a positive duration
         * @return this builder
         */
        public Builder tokenLifetime(Duration tokenLifetime) {
            this.tokenLifetime = checkLifetime(tokenLifetime);
            return this;
        }

        /**
         * The API client id accepted (default {@code sim-client}).
         *
         * @param clientId the client id
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId == null");
            return this;
        }

        /**
         * The API client secret accepted (default {@code sim-secret}).
         *
         * @param clientSecret the client secret
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
            return this;
        }

        /**
         * The user name accepted (default {@code sim-user}).
         *
         * @param username the user name
         * @return this builder
         */
        public Builder username(String username) {
            this.username = Objects.requireNonNull(username, "username == null");
            return this;
        }

        /**
         * The password accepted (default {@code sim-password}).
         *
         * @param password the password
         * @return this builder
         */
        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password == null");
            return this;
        }

        /**
         * What {@code /api/v1/jamf-pro-version} reports (default {@code 11.30.1-t1762214160}).
         *
         * @param version the version text
         * @return this builder
         */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version == null");
            return this;
        }

        /**
         * The port to listen on; 0 (default) picks a free one.
         *
         * @param port 0 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * How many answered requests {@link #recordedRequests()} keeps (default 10 000; 0 keeps none).
         *
         * @param requestLogLimit 0 or more
         * @return this builder
         */
        public Builder requestLogLimit(int requestLogLimit) {
            if (requestLogLimit < 0) {
                throw new IllegalArgumentException("requestLogLimit must not be negative, got " + requestLogLimit);
            }
            this.requestLogLimit = requestLogLimit;
            return this;
        }

        /**
         * The clock of token expiry (default UTC system clock): tests move time instead of sleeping.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Seeds the fleet, binds the port and starts answering.
         *
         * @return the running simulator; close it to stop it
         */
        public JamfProSimulator start() {
            return new JamfProSimulator(this);
        }
    }
}

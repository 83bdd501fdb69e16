package dev.jamfpro.sdk.webhooks;

import java.util.function.Function;

/**
 * Builds {@link JssStartup} or {@link JssShutdown}.
 *
 * @param <E> the event built
 */
public final class JssEventBuilder<E extends WebhookEvent> extends WebhookEventBuilder<E, JssEventBuilder<E>> {
    JssEventBuilder(String eventName, Function<WebhookDocument, E> reader) {
        super(eventName, reader);
    }

    JssEventBuilder(AbstractWebhookEvent from, Function<WebhookDocument, E> reader) {
        super(from, reader);
    }

    /**
     * Sets {@code hostAddress}.
     *
     * @param hostAddress the value of {@code hostAddress}
     * @return this builder
     */
    public JssEventBuilder<E> hostAddress(String hostAddress) {
        event.put("hostAddress", hostAddress);
        return this;
    }

    /**
     * Sets {@code institution}.
     *
     * @param institution the value of {@code institution}
     * @return this builder
     */
    public JssEventBuilder<E> institution(String institution) {
        event.put("institution", institution);
        return this;
    }

    /**
     * Sets {@code isClusterMaster}.
     *
     * @param clusterMaster the value of {@code isClusterMaster}
     * @return this builder
     */
    public JssEventBuilder<E> clusterMaster(boolean clusterMaster) {
        event.put("isClusterMaster", clusterMaster);
        return this;
    }

    /**
     * Sets {@code jssUrl}.
     *
     * @param jssUrl the value of {@code jssUrl}
     * @return this builder
     */
    public JssEventBuilder<E> jssUrl(String jssUrl) {
        event.put("jssUrl", jssUrl);
        return this;
    }

    /**
     * Sets {@code webApplicationPath}.
     *
     * @param webApplicationPath the value of {@code webApplicationPath}
     * @return this builder
     */
    public JssEventBuilder<E> webApplicationPath(String webApplicationPath) {
        event.put("webApplicationPath", webApplicationPath);
        return this;
    }
}

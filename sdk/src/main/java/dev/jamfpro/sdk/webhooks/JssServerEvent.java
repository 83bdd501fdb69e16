package dev.jamfpro.sdk.webhooks;

import java.util.Optional;

/** The server record of {@link JssStartup} and {@link JssShutdown}. */
public abstract sealed class JssServerEvent extends AbstractWebhookEvent permits JssStartup, JssShutdown {
    JssServerEvent(WebhookDocument document) {
        super(document);
    }

    /** {@return the server's host address ({@code hostAddress})} */
    public Optional<String> hostAddress() {
        return event().string("hostAddress");
    }

    /** {@return the organization name ({@code institution})} */
    public Optional<String> institution() {
        return event().string("institution");
    }

    /** {@return whether this node is the cluster's primary node ({@code isClusterMaster})} */
    public Optional<Boolean> clusterMaster() {
        return event().bool("isClusterMaster");
    }

    /** {@return the server's URL ({@code jssUrl})} */
    public Optional<String> jssUrl() {
        return event().string("jssUrl");
    }

    /** {@return the web application's path on the server ({@code webApplicationPath})} */
    public Optional<String> webApplicationPath() {
        return event().string("webApplicationPath");
    }
}

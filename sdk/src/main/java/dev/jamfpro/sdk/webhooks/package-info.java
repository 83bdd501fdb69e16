/**
 * Jamf Pro webhooks: the 23 events Jamf Pro posts, read from JSON or XML into one sealed type
 * ({@link dev.jamfpro.sdk.webhooks.WebhookEvent}); a receiver for any HTTP stack that checks Jamf's
 * authentication options ({@link dev.jamfpro.sdk.webhooks.WebhookReceiver}), with a ready handler for
 * the JDK's built-in HTTP server; and realistic fake events for tests
 * ({@link dev.jamfpro.sdk.webhooks.FakeWebhooks}).
 *
 * <p>Nothing here needs a client or a connection to Jamf Pro. An event this SDK does not know reads as
 * {@link dev.jamfpro.sdk.webhooks.UnknownWebhookEvent}; fields it does not declare are kept and written
 * back, so a newer Jamf Pro never makes reading fail or lose data.
 */
package dev.jamfpro.sdk.webhooks;

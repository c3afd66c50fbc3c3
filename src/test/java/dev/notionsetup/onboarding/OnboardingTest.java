package dev.notionsetup.onboarding;

import dev.notionsetup.token.Secret;
import dev.notionsetup.notion.ApiBaseUrl;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.ClientEvents;
import dev.notionsetup.notion.FailureKind;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.notion.NotionClientConfig;
import dev.notionsetup.notion.NotionVersion;
import dev.notionsetup.notion.Sleeper;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Fixtures;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnboardingTest {
    private static final String TOKEN = Fixtures.TOKEN;
    private static final String DATABASE = "be907abe510e4116a3d17ea71018c06f";
    /** Generous: only a run whose requests go one after another waits this long, and then fails. */
    private static final long HOLD_SECONDS = 30;

    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN).sharePage("Notes").shareDatabase(DATABASE, "Tasks");

    private NotionClient client() {
        return new NotionClient(new NotionClientConfig(ApiBaseUrl.parse(fake.url()), NotionVersion.DEFAULT,
                Duration.ofSeconds(HOLD_SECONDS * 2), "notion-setup-test", 0, null), Sleeper.SYSTEM, ClientEvents.NONE);
    }

    /**
     * users/me is answered only once a search and the database's first query have reached the server: were
     * the requests sent one after another, users/me would wait for requests that are never sent.
     */
    @Test
    void theSearchesTheDatabaseAndItsFirstQueryGoOutWithoutWaitingForUsersMe() {
        CountDownLatch othersArrived = new CountDownLatch(2);
        List<String> heldTooLong = new CopyOnWriteArrayList<>();
        fake.answerWith(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String path = String.valueOf(request.getPath());
                if (path.equals("/v1/users/me")) {
                    if (!othersArrived.await(HOLD_SECONDS, TimeUnit.SECONDS)) {
                        heldTooLong.add(path);
                    }
                } else if (path.equals("/v1/search") && request.getBody().snapshot().utf8().contains("\"page\"")
                        || path.endsWith("/query")) {
                    othersArrived.countDown();
                }
                return fake.dispatch(request);
            }
        });

        try (NotionClient client = client()) {
            Answers answers = new Onboarding(client).start(Secret.of(TOKEN),
                    new Onboarding.Checks(true, Optional.of(DATABASE), Optional.empty()));

            assertTrue(answers.identity().isOk());
            assertTrue(heldTooLong.isEmpty(), "users/me was answered before the search and the first query arrived:"
                    + " the requests went out one after another");
            assertTrue(answers.access().isOk(), () -> String.valueOf(answers.access()));
            assertTrue(answers.database().isOk());
            assertTrue(answers.query().orElseThrow().isOk());
        }
    }

    @Test
    void aRejectedTokenIsReportedAloneAndTheOtherAnswersAreDropped() {
        try (NotionClient client = client()) {
            Answers answers = new Onboarding(client).start(Secret.of(Fixtures.OTHER_TOKEN),
                    new Onboarding.Checks(true, Optional.of(DATABASE), Optional.empty()));

            ApiResult<?> identity = answers.identity();

            assertEquals(FailureKind.REJECTED, identity.fold(ok -> null, failure -> failure.kind()));
        }
    }
}

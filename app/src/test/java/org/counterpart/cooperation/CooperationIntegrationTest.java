package org.counterpart.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.counterpart.directory.NotOwnerException;
import org.counterpart.directory.RegionalRecords;
import org.counterpart.directory.hub.RecordRelay;
import org.counterpart.federation.hub.FederatedNodes;
import org.counterpart.support.Eventually;
import org.counterpart.support.TestDatabases;
import org.counterpart.support.TestInstances;
import org.counterpart.system.DashboardReminders;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Montenegro organises, Serbia takes part, through a real hub over mutual TLS on real PostgreSQL: a
 * follow-up owned by an RS official reaches that official's dashboard in Belgrade, Serbia cannot
 * change Montenegro's meeting, bad input changes nothing, and an operation's timeline holds both
 * countries' entries in time order on both nodes while a country outside it receives none of it.
 */
class CooperationIntegrationTest {

  static ConfigurableApplicationContext hub;
  static ConfigurableApplicationContext me;
  static ConfigurableApplicationContext rs;
  static MockMvc meWeb;
  static MockMvc rsWeb;

  @BeforeAll
  static void startRegion() throws Exception {
    Path dir = Files.createTempDirectory("cooperation");
    Path pki = TestInstances.pki(dir.resolve("pki"), "ME", "RS");
    int port = TestInstances.freePort();
    hub = TestInstances.hub(TestDatabases.newDatabase("chub"), dir.resolve("hub"), pki, port);
    // The test synchronises by hand, so that it knows what has travelled when it asserts.
    Map<String, Object> manual = Map.of("counterpart.directory.sync-interval", "PT1H");
    me =
        TestInstances.node(
            "ME", TestDatabases.newDatabase("cme"), dir.resolve("me"), pki, port, manual);
    rs =
        TestInstances.node(
            "RS", TestDatabases.newDatabase("crs"), dir.resolve("rs"), pki, port, manual);
    Eventually.within(
        Duration.ofSeconds(30),
        "both nodes registered",
        () -> hub.getBean(FederatedNodes.class).certificates().size() == 2);
    meWeb = web(me);
    rsWeb = web(rs);
  }

  @AfterAll
  static void stopRegion() {
    for (var context : new ConfigurableApplicationContext[] {rs, me, hub}) {
      if (context != null) {
        context.close();
      }
    }
  }

  static MockMvc web(ConfigurableApplicationContext node) {
    return MockMvcBuilders.webAppContextSetup((WebApplicationContext) node)
        .apply(springSecurity())
        .build();
  }

  /** Pushes from every node, then lets every node read the hub's feed. */
  static void sync() {
    me.getBean(RegionalRecords.class).sync();
    rs.getBean(RegionalRecords.class).sync();
    me.getBean(RegionalRecords.class).sync();
  }

  static Forms.MeetingForm meetingForm(String title, String start, String end) {
    return new Forms.MeetingForm(
        "AD_HOC", title, start, end, "PCC Dobrakovo", "Opening\nCases of common interest", "");
  }

  /** A meeting of ME with RS's contact point invited, a decision it owns and one follow-up. */
  record Called(UUID meeting, UUID participant, UUID decision, UUID followUp) {}

  static Called meetingWithFollowUp(String action, LocalDate due) {
    Meetings meetings = me.getBean(Meetings.class);
    UUID id =
        meetings.call(
            meetingForm(
                "Recruitment through fake job offers", "2026-03-05T09:30", "2026-03-05T13:00"),
            "ilecu.me");
    meetings.invite(
        id,
        new Forms.ParticipantForm(null, "Contact point RS", "ILECU.RS@counterpart.test", "RS"),
        "ilecu.me");
    UUID participant = meetings.find(id).orElseThrow().value().participants().getFirst().id();
    UUID decision =
        meetings.decide(
            id,
            new Forms.DecisionForm(
                "Exchange the phone numbers seen in both cases",
                "RS-2026-17",
                participant.toString()),
            "ilecu.me");
    UUID followUp =
        meetings.assign(
            id,
            decision,
            new Forms.FollowUpForm(action, participant.toString(), due.toString()),
            "ilecu.me");
    return new Called(id, participant, decision, followUp);
  }

  /** The reminders of an official about one meeting (the region is shared by every test). */
  static List<DashboardReminders.Reminder> reminders(
      ConfigurableApplicationContext node, String username, String role, UUID meeting) {
    var who =
        UsernamePasswordAuthenticationToken.authenticated(
            username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    return node.getBeansOfType(DashboardReminders.class).values().stream()
        .flatMap(r -> r.forOfficial(who).stream())
        .filter(r -> r.href().startsWith("/meetings/" + meeting + "#"))
        .toList();
  }

  @Test
  void aFollowUpOwnedByAnRsOfficialShowsOnTheirDashboardUntilTheyMarkItDone() throws Exception {
    var called = meetingWithFollowUp("Send the list of numbers to ME", LocalDate.of(2020, 1, 31));
    assertThat(reminders(rs, "ilecu.rs", "CONTACT_POINT", called.meeting())).isEmpty();

    sync();

    assertThat(reminders(rs, "ilecu.rs", "CONTACT_POINT", called.meeting()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.what()).isEqualTo("Send the list of numbers to ME");
              assertThat(r.overdue()).isTrue();
              assertThat(r.href())
                  .isEqualTo("/meetings/" + called.meeting() + "#follow-up-" + called.followUp());
            });
    assertThat(reminders(rs, "officer.rs", "FIRST_LINE_OFFICER", called.meeting())).isEmpty();
    assertThat(reminders(me, "ilecu.me", "CONTACT_POINT", called.meeting())).isEmpty();
    rsWeb
        .perform(get("/").with(user("ilecu.rs").roles("CONTACT_POINT")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"reminders\"")))
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString("Send the list of numbers to ME")));

    // RS's contact point marks it done on the RS node; ME sees it, the reminder goes.
    rsWeb
        .perform(
            post("/meetings/{id}/follow-ups/{f}/status", called.meeting(), called.followUp())
                .param("done", "true")
                .with(user("ilecu.rs").roles("CONTACT_POINT"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(reminders(rs, "ilecu.rs", "CONTACT_POINT", called.meeting())).isEmpty();
    sync();
    var meetings = me.getBean(Meetings.class);
    assertThat(meetings.statuses(meetings.find(called.meeting()).orElseThrow()))
        .containsKey(called.followUp())
        .allSatisfy((id, s) -> assertThat(s.done()).isTrue());
  }

  @Test
  void onlyTheOwnerMarksAFollowUpDone() {
    var called = meetingWithFollowUp("Check the border crossings", LocalDate.of(2030, 1, 1));
    sync();
    assertThatThrownBy(
            () ->
                rs.getBean(Meetings.class)
                    .complete(called.meeting(), called.followUp(), true, "officer.rs"))
        .isInstanceOf(InvalidInputException.class);
    // The owner is RS's; ME's contact point cannot speak for them either.
    assertThatThrownBy(
            () ->
                me.getBean(Meetings.class)
                    .complete(called.meeting(), called.followUp(), true, "ilecu.me"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void serbiaCannotChangeMontenegrosMeeting() throws Exception {
    var called = meetingWithFollowUp("Nothing", LocalDate.of(2030, 1, 1));
    sync();
    var rsMeetings = rs.getBean(Meetings.class);
    int version = rsMeetings.find(called.meeting()).orElseThrow().version();

    assertThatThrownBy(
            () ->
                rsMeetings.change(
                    called.meeting(),
                    meetingForm("Taken over by RS", "2026-03-05T09:30", "2026-03-05T13:00"),
                    "ilecu.rs"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("", "cooperation.error.not-organiser")));
    assertThatThrownBy(
            () ->
                rs.getBean(RegionalRecords.class)
                    .save(Meeting.RECORD, called.meeting(), "forged", null, "ilecu.rs"))
        .isInstanceOf(NotOwnerException.class);
    rsWeb
        .perform(
            post("/meetings/{id}/decisions", called.meeting())
                .param("text", "RS decides alone")
                .param("owner", called.participant().toString())
                .header("Accept-Language", "sr-Cyrl")
                .with(user("ilecu.rs").roles("CONTACT_POINT"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Само земља организатор може ово да мења.")));
    assertThat(rsMeetings.find(called.meeting()).orElseThrow().version()).isEqualTo(version);
    assertThat(rsMeetings.find(called.meeting()).orElseThrow().value().title())
        .isEqualTo("Recruitment through fake job offers");
  }

  @Test
  void aDecisionWithoutAnOwnerIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
    var called = meetingWithFollowUp("Nothing", LocalDate.of(2030, 1, 1));
    var meetings = me.getBean(Meetings.class);
    var before = meetings.find(called.meeting()).orElseThrow();
    var records = me.getBean(RegionalRecords.class);
    int versions = records.history(Meeting.RECORD, called.meeting()).size();

    assertThatThrownBy(
            () ->
                meetings.decide(
                    called.meeting(), new Forms.DecisionForm("Decided", null, null), "ilecu.me"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("owner"));
    assertThatThrownBy(
            () ->
                meetings.assign(
                    called.meeting(),
                    called.decision(),
                    new Forms.FollowUpForm("Do it", called.participant().toString(), ""),
                    "ilecu.me"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("due"));
    meWeb
        .perform(
            post("/meetings/{id}/decisions", called.meeting())
                .param("text", "Decided without an owner")
                .param("owner", "")
                .header("Accept-Language", "cnr")
                .with(user("ilecu.me").roles("CONTACT_POINT"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"form-errors\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Nosilac: </strong>")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("odaberite jedno.")));

    assertThat(meetings.find(called.meeting()).orElseThrow()).isEqualTo(before);
    assertThat(records.history(Meeting.RECORD, called.meeting())).hasSize(versions);
  }

  @Test
  void anEndBeforeTheStartAndAnUnknownCountryAreRefused() {
    int meetingsBefore = me.getBean(Meetings.class).all().size();
    assertThatThrownBy(
            () ->
                me.getBean(Meetings.class)
                    .call(
                        meetingForm("Backwards", "2026-03-05T13:00", "2026-03-05T09:30"),
                        "ilecu.me"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem("end", "cooperation.error.end-before-start")));
    assertThat(me.getBean(Meetings.class).all()).hasSize(meetingsBefore);
    assertThatThrownBy(
            () ->
                me.getBean(Operations.class)
                    .plan(
                        operationForm(List.of("RS", "HR"), "2026-03-05T22:00", "2026-03-06T06:00"),
                        "ilecu.me"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("countries", "cooperation.error.country")));
  }

  static Forms.OperationForm operationForm(List<String> countries, String start, String end) {
    return new Forms.OperationForm(
        "HOT_PURSUIT_HANDOVER",
        "Pursuit of a van towards Dobrakovo",
        null,
        "Dobrakovo – Gostun",
        countries,
        "ME: Border police station Bijelo Polje\nRS: Border police station Priboj",
        start,
        end,
        "");
  }

  @Test
  void bothCountriesSeeTheTimelineInTimeOrderAndAThirdCountryReceivesNothing() throws Exception {
    var meOperations = me.getBean(Operations.class);
    UUID operation =
        meOperations.plan(
            operationForm(List.of("RS"), "2026-03-05T22:00", "2026-03-06T06:00"), "ilecu.me");
    meOperations.log(
        operation,
        new Forms.EventForm("STARTED", "2026-03-05T22:10", "Bijelo Polje", "Van seen"),
        "officer.me");
    meOperations.log(
        operation,
        new Forms.EventForm("HANDOVER_TAKEN", "2026-03-05T22:40", "Bijelo Polje", "Taken back"),
        "officer.me");
    sync();
    rs.getBean(Operations.class)
        .log(
            operation,
            new Forms.EventForm("HANDOVER_OFFERED", "2026-03-05T22:25", "Priboj", "At the line"),
            "officer.rs");
    sync();

    for (var node : List.of(me, rs)) {
      assertThat(node.getBean(Operations.class).timeline(operation))
          .extracting(e -> e.country() + " " + e.value().kind())
          .containsExactly("ME STARTED", "RS HANDOVER_OFFERED", "ME HANDOVER_TAKEN");
    }
    rsWeb
        .perform(
            get("/operations/{id}", operation).with(user("officer.rs").roles("FIRST_LINE_OFFICER")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("At the line")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"event-form\"")));

    var relay = hub.getBean(RecordRelay.class);
    var toBosnia = relay.changes("BA", 0, 1000).records();
    assertThat(toBosnia)
        .extracting(RecordRelay.Wire::kind)
        .doesNotContain(JointOperation.RECORD, TimelineEvent.RECORD, Meeting.RECORD);
    assertThat(relay.changes("RS", 0, 1000).records())
        .extracting(RecordRelay.Wire::id)
        .contains(operation);
  }

  @Test
  void aTrainingCertifiesAnRsParticipantWhoAttended() throws Exception {
    var trainings = me.getBean(Trainings.class);
    String indicator = trainings.indicators().getFirst().id();
    UUID id =
        trainings.plan(
            new Forms.TrainingForm(
                "Identifying victims at the border",
                "2026-04-14",
                "2026-04-16",
                "Danilovgrad",
                List.of(indicator),
                "Recruitment through messaging apps"),
            "ilecu.me");
    trainings.invite(
        id, new Forms.ParticipantForm(null, "Јелена Петровић", null, "RS"), "ilecu.me");
    trainings.invite(id, new Forms.ParticipantForm(null, "Marko Vuković", null, "ME"), "ilecu.me");
    var participants = trainings.find(id).orElseThrow().value().participants();
    UUID jelena = participants.getFirst().id();
    trainings.attendance(id, List.of(jelena.toString()), "ilecu.me");
    sync();

    rsWeb
        .perform(get("/trainings/{id}", id).with(user("analyst.rs").roles("ANALYST")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Јелена Петровић")));
    byte[] pdf =
        rsWeb
            .perform(
                get("/trainings/{id}/certificates/{p}.pdf", id, jelena)
                    .with(user("analyst.rs").roles("ANALYST")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Јелена Петровић");
    }
    rsWeb
        .perform(
            get("/trainings/{id}/certificates/{p}.pdf", id, participants.get(1).id())
                .with(user("analyst.rs").roles("ANALYST")))
        .andExpect(status().isNotFound());
  }

  @Test
  void everyPageRendersForTheOrganiserAndTheCalendarFileDownloads() throws Exception {
    var called = meetingWithFollowUp("Render me", LocalDate.of(2030, 1, 1));
    var organiser = user("ilecu.me").roles("CONTACT_POINT");
    for (String page :
        List.of(
            "/meetings",
            "/meetings/new",
            "/meetings/" + called.meeting(),
            "/operations",
            "/operations/new",
            "/trainings",
            "/trainings/new",
            "/")) {
      meWeb.perform(get(page).with(organiser)).andExpect(status().isOk());
    }
    meWeb
        .perform(get("/meetings/{id}", called.meeting()).with(organiser))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "/messages/new?to=RS&amp;type=JOINT_OPERATION_REQUEST")));
    meWeb
        .perform(get("/meetings/{id}/invitation.ics", called.meeting()).with(organiser))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "UID:" + Invitation.uid(called.meeting(), "ME"))));
    // A first-line officer reads meetings but does not organise them.
    meWeb
        .perform(get("/meetings/new").with(user("officer.me").roles("FIRST_LINE_OFFICER")))
        .andExpect(status().isForbidden());
    meWeb
        .perform(get("/meetings").with(user("officer.me").roles("FIRST_LINE_OFFICER")))
        .andExpect(status().isOk());
  }
}

using System.Collections.Immutable;
using System.Text;
using ClaimCheck.Consistency;
using ClaimCheck.Reporting;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Reporting;

public class BaselineComparerTests
{
    private static Baseline BaselineOf(Report report)
    {
        var read = BaselineComparer.Parse("baseline.json", JsonReportWriter.Render(report));
        read.Error.ShouldBeNull();
        return read.Baseline!;
    }

    [Test]
    public void A_report_compared_with_itself_has_no_changes()
    {
        var report = ReportFixture.Build();
        var comparison = BaselineComparer.Compare(BaselineOf(report), report.Findings);
        comparison.HasChanges.ShouldBeFalse();
        comparison.Unchanged.ShouldBe(report.Findings.Length);
    }

    [Test]
    public void New_gone_and_changed_kind_are_told_apart()
    {
        var report = ReportFixture.Build();
        var baseline = BaselineOf(report with { Findings = report.Findings.RemoveAt(0) });
        var contradiction = report.Findings[1];
        var nowAgreement = new Finding("f-renamed", FindingKind.Agreement, contradiction.EventId, contradiction.Slot, Severity.Info,
            "Both outlets now agree.", contradiction.Claims.Reverse().ToImmutableArray(), contradiction.Policy);
        ImmutableArray<Finding> current = [report.Findings[0], nowAgreement, report.Findings[2]];

        var comparison = BaselineComparer.Compare(baseline, current);

        comparison.New.Select(f => f.Id).ShouldBe(["f-omission-duration"]);
        comparison.Gone.Select(f => f.Id).ShouldBe(["f-unresolved-killed"]);
        var change = comparison.ChangedKind.ShouldHaveSingleItem();
        change.Before.Kind.ShouldBe("contradiction");
        change.After.Id.ShouldBe("f-renamed");
        comparison.Unchanged.ShouldBe(1);
    }

    [Test]
    public void Identity_ignores_kind_id_and_claim_order_but_not_the_evidence_places()
    {
        var f = ReportFixture.Build().Findings[1];
        var reordered = new Finding("other", FindingKind.Agreement, f.EventId, f.Slot, Severity.Low, "x", f.Claims.Reverse().ToImmutableArray(), "p");
        var fewer = new Finding(f.Id, f.Kind, f.EventId, f.Slot, f.Severity, f.Summary, [f.Claims[0]], f.Policy);
        FindingIdentity.Of(reordered).ShouldBe(FindingIdentity.Of(f));
        FindingIdentity.Of(fewer).ShouldNotBe(FindingIdentity.Of(f));
    }

    [Test]
    public void Malformed_json_names_the_file_line_and_column()
    {
        var read = BaselineComparer.Parse("ci/baseline.json", Encoding.UTF8.GetBytes("{\n  \"findings\": [\n    {\"kind\": }\n  ]\n}"));
        read.Baseline.ShouldBeNull();
        read.Error.ShouldNotBeNull();
        read.Error.ShouldStartWith("ci/baseline.json(3,14): the baseline is not valid JSON:");
        read.Error.ShouldNotContain("LineNumber");
    }

    [TestCase("[]", "no 'findings' array")]
    [TestCase("{\"findings\": [{\"kind\": \"agreement\", \"slot\": \"s\", \"claims\": []}]}", "finding 1 of the baseline has no string 'event'")]
    [TestCase("{\"findings\": [{\"kind\": \"agreement\", \"event\": \"e\", \"slot\": \"s\", \"claims\": [{\"article\": \"a\"}]}]}", "a claim without")]
    public void A_json_file_that_is_not_a_report_is_a_clear_error(string json, string expected)
    {
        var read = BaselineComparer.Parse("b.json", Encoding.UTF8.GetBytes(json));
        read.Baseline.ShouldBeNull();
        read.Error.ShouldNotBeNull();
        read.Error.ShouldContain(expected);
    }

    [Test]
    public void A_missing_baseline_file_is_an_error_not_an_exception()
    {
        var read = BaselineComparer.Read(Path.Combine(Path.GetTempPath(), "claimcheck-no-such-dir", "baseline.json"));
        read.Baseline.ShouldBeNull();
        read.Error!.ShouldContain("cannot read the baseline");
    }
}

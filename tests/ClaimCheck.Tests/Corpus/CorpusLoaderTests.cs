using System.Text;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Corpus;

public class CorpusLoaderTests
{
    private static string BadCorpus => Path.Combine(TestPaths.Repository, "tests", "ClaimCheck.Tests", "Fixtures", "bad-corpus");

    [Test]
    public void The_five_seeds_load_with_their_metadata_and_nothing_else_is_taken_for_an_article()
    {
        var seeds = TestPaths.RequireShared("corpus", "seeds");

        var result = CorpusLoader.Load([seeds]);

        result.Skipped.ShouldBeEmpty();
        result.Warnings.ShouldBeEmpty();
        result.Articles.Select(a => (a.Id, a.Outlet, a.Published)).ShouldBe(
        [
            ("ibtimes-2016-04-28", "International Business Times UK", new DateOnly(2016, 4, 28)),
            ("kcur-npr-2017-01-23", "NPR (via KCUR)", new DateOnly(2017, 1, 23)),
            ("npr-2013-09-13", "NPR", new DateOnly(2013, 9, 13)),
            ("rferl-2016-10-15", "Radio Free Europe/Radio Liberty", new DateOnly(2016, 10, 15)),
            ("washexaminer-2016-04-28", "Washington Examiner", new DateOnly(2016, 4, 28)),
        ]);
        var kcur = result.Articles.Single(a => a.Id == "kcur-npr-2017-01-23");
        kcur.Title.ShouldBe("Cease-Fire Talks Between Syria And Opposition Begin In Kazakhstan");
        kcur.Byline.ShouldBe("Bill Chappell");
        kcur.Language.ShouldBe("en");
        kcur.PublishedAt.ShouldBeNull();
        result.Articles.Single(a => a.Id == "rferl-2016-10-15").Url.ShouldStartWith("https://rferl.org/");
    }

    [Test]
    public void Seed_bodies_are_exactly_the_bytes_after_the_closing_fence()
    {
        var seeds = TestPaths.RequireShared("corpus", "seeds");

        foreach (var article in CorpusLoader.Load([seeds]).Articles)
        {
            var file = File.ReadAllText(Path.Combine(seeds, article.Id + ".md"));
            var closing = file.IndexOf("\n---\n", 3, StringComparison.Ordinal);
            article.Text.ShouldBe(file[(closing + 5)..], article.Id);
            article.BodyLine.ShouldBe(file[..(closing + 5)].Count(c => c == '\n') + 1, article.Id);
            article.SourcePath.ShouldBe(seeds.Replace('\\', '/') + "/" + article.Id + ".md");
        }
    }

    [Test]
    public void Each_bad_input_gets_exactly_its_diagnostic_and_the_good_articles_still_load()
    {
        var result = CorpusLoader.Load([BadCorpus]);

        result.Articles.Select(a => a.Id).ShouldBe(["good-article", "twin", "unknown-key"]);
        result.Articles.Single(a => a.Id == "twin").Outlet.ShouldBe("First Outlet");
        result.Skipped.Select(s => (Path.GetFileName(s.Path), s.Reason.Code)).ShouldBe(
        [
            ("bad-date.md", DiagnosticCodes.MissingPublished),
            ("binary.md", DiagnosticCodes.BinaryFile),
            ("blank.txt", DiagnosticCodes.EmptyArticle),
            ("broken-front-matter.md", DiagnosticCodes.BrokenFrontMatter),
            ("duplicate-2.md", DiagnosticCodes.DuplicateArticleId),
            ("empty.md", DiagnosticCodes.EmptyArticle),
            ("invalid-utf8.md", DiagnosticCodes.InvalidUtf8),
            ("missing-date.md", DiagnosticCodes.MissingPublished),
            ("unclosed-front-matter.md", DiagnosticCodes.BrokenFrontMatter),
        ]);
        result.Skipped.ShouldAllBe(s => s.Reason.Severity == DiagnosticSeverity.Error && s.Reason.File == s.Path);
        var warning = result.Warnings.ShouldHaveSingleItem();
        (warning.Code, Path.GetFileName(warning.File), warning.Line, warning.Column).ShouldBe((DiagnosticCodes.UnknownFrontMatterKey, "unknown-key.md", 5, 1));
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Message.ShouldContain("sectoin");
    }

    [TestCase("invalid-utf8.md", 6, 26)]
    [TestCase("bad-date.md", 4, 12)]
    [TestCase("duplicate-2.md", 2, 5)]
    [TestCase("unclosed-front-matter.md", 1, 1)]
    public void Diagnostics_point_at_the_line_and_column_in_the_file(string file, int line, int column)
    {
        var reason = CorpusLoader.Load([BadCorpus]).Skipped.Single(s => s.Path.EndsWith("/" + file, StringComparison.Ordinal)).Reason;

        (reason.Line, reason.Column).ShouldBe((line, column), reason.ToString());
    }

    [Test]
    public void A_yaml_error_in_front_matter_is_placed_in_the_file_not_in_the_yaml()
    {
        var reason = CorpusLoader.Load([Path.Combine(BadCorpus, "broken-front-matter.md")]).Skipped.ShouldHaveSingleItem().Reason;

        reason.Code.ShouldBe(DiagnosticCodes.BrokenFrontMatter);
        reason.Line.ShouldBeInRange(4, 5, reason.ToString());
    }

    [Test]
    public void The_duplicate_message_names_the_file_that_kept_the_id()
    {
        var reason = CorpusLoader.Load([BadCorpus]).Skipped.Single(s => s.Reason.Code == DiagnosticCodes.DuplicateArticleId).Reason;

        reason.Message.ShouldContain("duplicate-1.md");
        reason.Message.ShouldContain("'twin'");
    }

    [Test]
    public void Of_two_articles_with_one_id_the_file_named_for_the_id_is_kept_and_the_other_says_so()
    {
        using var folder = new TempFolder();
        folder.Write("a-copy.md", "---\nid: pier-fire\npublished: 2016-01-01\n---\nAn old draft.\n");
        folder.Write("pier-fire.md", "---\npublished: 2016-01-01\n---\nThe pier burned.\n");

        var result = CorpusLoader.Load([folder.Path]);

        result.Articles.ShouldHaveSingleItem().Text.ShouldBe("The pier burned.\n");
        var reason = result.Skipped.ShouldHaveSingleItem().Reason;
        (reason.Code, Path.GetFileName(reason.File), reason.Line, reason.Column).ShouldBe((DiagnosticCodes.DuplicateArticleId, "a-copy.md", 2, 5));
        reason.Message.ShouldContain("pier-fire.md, which is kept because its file is named for the id");
    }

    [Test]
    public void The_result_does_not_depend_on_the_order_of_the_inputs()
    {
        var files = Directory.GetFiles(BadCorpus).Where(f => !f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        var forward = CorpusLoader.Load(files);
        var backward = CorpusLoader.Load([.. Enumerable.Reverse(files)]);

        backward.Articles.ShouldBe(forward.Articles);
        backward.Skipped.ShouldBe(forward.Skipped);
        backward.Warnings.ShouldBe(forward.Warnings);
        forward.Articles.Single(a => a.Id == "twin").Outlet.ShouldBe("First Outlet");
    }

    [Test]
    public void Relative_paths_stay_relative_with_forward_slashes()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, BadCorpus);
        Assume.That(!Path.IsPathRooted(relative), "the fixtures are on another drive than the working directory");

        var result = CorpusLoader.Load([relative]);

        var expected = relative.Replace('\\', '/') + "/good.md";
        result.Articles.Single(a => a.Id == "good-article").SourcePath.ShouldBe(expected);
        result.Skipped.ShouldAllBe(s => s.Path.StartsWith(relative.Replace('\\', '/') + "/", StringComparison.Ordinal));
    }

    [Test]
    public void A_path_that_does_not_exist_is_reported_and_the_rest_still_loads()
    {
        var missing = Path.Combine(BadCorpus, "no-such-folder");

        var result = CorpusLoader.Load([missing, Path.Combine(BadCorpus, "good.md")]);

        result.Articles.Select(a => a.Id).ShouldBe(["good-article"]);
        var skipped = result.Skipped.ShouldHaveSingleItem();
        skipped.Reason.Code.ShouldBe(DiagnosticCodes.CorpusPathNotFound);
        skipped.Path.ShouldBe(missing.Replace('\\', '/'));
    }

    [Test]
    public void The_outlet_order_of_numeric_dates_is_read_from_front_matter_and_a_bad_one_skips_the_article()
    {
        using var folder = new TempFolder();
        foreach (var (name, order) in new[] { ("london", "date-order: day-first\n"), ("plain", ""), ("sideways", "date-order: sideways\n") })
        {
            folder.Write(name + ".md", $"---\npublished: 2017-05-01\n{order}---\nClashes on 03/04/2017.\n");
        }

        var result = CorpusLoader.Load([folder.Path]);

        result.Articles.Select(a => (a.Id, a.DateOrder)).ShouldBe([("london", DateOrder.DayFirst), ("plain", (DateOrder?)null)]);
        var skipped = result.Skipped.ShouldHaveSingleItem();
        skipped.Reason.Code.ShouldBe(DiagnosticCodes.BrokenFrontMatter);
        skipped.Reason.Message.ShouldContain("day-first or month-first");
    }

    [Test]
    public void A_file_larger_than_five_megabytes_is_skipped()
    {
        using var folder = new TempFolder();
        var body = new string('x', (int)ArticleBytes.MaxFileBytes + 10);
        folder.Write("huge.md", "---\npublished: 2016-01-01\n---\n" + body);
        folder.Write("small.md", "---\npublished: 2016-01-01\n---\nA short story.\n");

        var result = CorpusLoader.Load([folder.Path]);

        result.Articles.Select(a => a.Id).ShouldBe(["small"]);
        result.Skipped.ShouldHaveSingleItem().Reason.Code.ShouldBe(DiagnosticCodes.ArticleTooLarge);
    }

    [Test]
    public void Defaults_come_from_the_file_name_the_url_host_and_the_folder()
    {
        using var folder = new TempFolder();
        folder.Write("gazette/plain-story.md", "---\npublished: 2016-01-01\n---\nNo id, no outlet.\n");
        folder.Write("gazette/linked-story.md", "---\npublished: 2016-01-01\nurl: https://www.example.org/news/1\n---\nA link.\n");

        var result = CorpusLoader.Load([folder.Path]);

        result.Articles.Select(a => (a.Id, a.Outlet, a.Language)).ShouldBe(
        [
            ("linked-story", "example.org", "en"),
            ("plain-story", "gazette", "en"),
        ]);
    }

    [TestCase("2016-03-05", 2016, 3, 5, null)]
    [TestCase("\"2016-03-05\"", 2016, 3, 5, null)]
    [TestCase("2016-03-05T23:30:00-05:00", 2016, 3, 5, "2016-03-05T23:30:00-05:00")]
    [TestCase("2016-03-05T23:30Z", 2016, 3, 5, "2016-03-05T23:30:00+00:00")]
    [TestCase("2016-03-05 08:15:00 +03:00", 2016, 3, 5, "2016-03-05T08:15:00+03:00")]
    public void Published_accepts_a_date_or_a_date_time_with_an_offset(string value, int year, int month, int day, string? at)
    {
        using var folder = new TempFolder();
        folder.Write("a.md", $"---\npublished: {value}\n---\nText.\n");

        var article = CorpusLoader.Load([folder.Path]).Articles.ShouldHaveSingleItem();

        article.Published.ShouldBe(new DateOnly(year, month, day));
        article.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz").ShouldBe(at);
    }

    [TestCase("2016-03-05T23:30:00")]
    [TestCase("05/03/2016")]
    [TestCase("2016-02-30")]
    public void A_date_time_without_an_offset_or_a_malformed_date_is_refused(string value)
    {
        using var folder = new TempFolder();
        folder.Write("a.md", $"---\npublished: {value}\n---\nText.\n");

        CorpusLoader.Load([folder.Path]).Skipped.ShouldHaveSingleItem().Reason.Code.ShouldBe(DiagnosticCodes.MissingPublished);
    }

    [Test]
    public void A_bom_is_stripped_and_crlf_newlines_are_kept()
    {
        using var folder = new TempFolder();
        folder.Write("crlf.md", [0xEF, 0xBB, 0xBF, .. "---\r\npublished: 2016-01-01\r\n---\r\nFirst line.\r\nSecond line.\r\n"u8.ToArray()]);

        var article = CorpusLoader.Load([folder.Path]).Articles.ShouldHaveSingleItem();

        article.Text.ShouldBe("First line.\r\nSecond line.\r\n");
        article.BodyLine.ShouldBe(4);
    }

    [TestCase("little-endian")]
    [TestCase("big-endian")]
    public void Utf16_with_its_byte_order_mark_is_read(string order)
    {
        using var folder = new TempFolder();
        var encoding = new UnicodeEncoding(bigEndian: order == "big-endian", byteOrderMark: true);
        folder.Write("wide.md", [.. encoding.GetPreamble(), .. encoding.GetBytes("---\npublished: 2016-01-01\n---\nThe quay\u2019s lights went out.\n")]);

        var article = CorpusLoader.Load([folder.Path]).Articles.ShouldHaveSingleItem();

        article.Text.ShouldBe("The quay\u2019s lights went out.\n");
        article.BodyLine.ShouldBe(4);
    }

    [Test]
    public void Carriage_returns_alone_end_lines_and_keep_every_offset()
    {
        using var folder = new TempFolder();
        folder.Write("old-mac.md", "---\rpublished: 2016-01-01\r---\rFirst line.\rSecond line.\r");

        var article = CorpusLoader.Load([folder.Path]).Articles.ShouldHaveSingleItem();

        article.Published.ShouldBe(new DateOnly(2016, 1, 1));
        article.Text.ShouldBe("First line.\nSecond line.\n");
        article.BodyLine.ShouldBe(4);
    }

    [Test]
    public void A_manifest_gives_metadata_to_plain_files_relative_to_itself()
    {
        using var folder = new TempFolder();
        folder.Write("texts/one.txt", "Talks resumed on Monday.\n");
        folder.Write("texts/two.txt", "Talks ended on Tuesday.\n");
        folder.Write("texts/stray.md", "---\npublished: 2016-05-01\n---\nNot in the manifest, still in the folder.\n");
        folder.Write("texts/corpus.yaml", """
            # two plain articles
            articles:
              - file: one.txt
                id: first
                outlet: Daily Example
                published: 2016-05-02
                title: Talks resume
              - file: two.txt
                url: https://www.example.net/two
                published: 2016-05-03T10:00:00+01:00
              - file: missing.txt
                published: 2016-05-04
              - id: no-file
            """);

        var result = CorpusLoader.Load([folder.Path]);

        result.Articles.Select(a => (a.Id, a.Outlet, a.Published, a.Title)).ShouldBe(
        [
            ("first", "Daily Example", new DateOnly(2016, 5, 2), (string?)"Talks resume"),
            ("stray", "texts", new DateOnly(2016, 5, 1), null),
            ("two", "example.net", new DateOnly(2016, 5, 3), null),
        ]);
        result.Articles[0].Text.ShouldBe("Talks resumed on Monday.\n");
        result.Articles[0].SourcePath.ShouldBe(folder.Path.Replace('\\', '/') + "/texts/one.txt");
        result.Skipped.Select(s => (Path.GetFileName(s.Path), s.Reason.Code, s.Reason.Line)).ShouldBe(
        [
            ("corpus.yaml", DiagnosticCodes.InvalidManifest, 13),
            ("missing.txt", DiagnosticCodes.CorpusPathNotFound, 0),
        ]);
    }

    [Test]
    public void A_manifest_entry_without_a_date_is_pointed_at_in_the_manifest()
    {
        using var folder = new TempFolder();
        folder.Write("one.txt", "Text.\n");
        var manifest = folder.Write("news.corpus.yaml", "articles:\n  - file: one.txt\n    id: one\n");

        var reason = CorpusLoader.Load([manifest]).Skipped.ShouldHaveSingleItem().Reason;

        reason.Code.ShouldBe(DiagnosticCodes.MissingPublished);
        (reason.File, reason.Line).ShouldBe((manifest.Replace('\\', '/'), 2));
    }

    [Test]
    public void A_manifest_reaches_outside_its_folder_only_when_allowed()
    {
        using var folder = new TempFolder();
        folder.Write("outside.txt", "The pier reopened.\n");
        var manifest = folder.Write("corpus/corpus.yaml", "articles:\n  - file: ../outside.txt\n    published: 2016-01-01\n");

        var refused = CorpusLoader.Load([manifest]);
        var allowed = CorpusLoader.Load([manifest], options: new CorpusOptions { ManifestsMayReachOutside = true });

        refused.Articles.ShouldBeEmpty();
        var reason = refused.Skipped.ShouldHaveSingleItem().Reason;
        (reason.Code, reason.Line, reason.Column).ShouldBe((DiagnosticCodes.InvalidManifest, 2, 11));
        reason.Message.ShouldContain("'../outside.txt' is outside the manifest's folder");
        allowed.Articles.ShouldHaveSingleItem().Id.ShouldBe("outside");
    }

    [TestCase("articles: [unclosed\n")]
    [TestCase("- just a list\n")]
    [TestCase("articles: not-a-list\n")]
    public void A_broken_manifest_is_one_diagnostic(string text)
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("corpus.yaml", text);

        var result = CorpusLoader.Load([manifest]);

        result.Articles.ShouldBeEmpty();
        result.Skipped.ShouldHaveSingleItem().Reason.Code.ShouldBe(DiagnosticCodes.InvalidManifest);
    }
}

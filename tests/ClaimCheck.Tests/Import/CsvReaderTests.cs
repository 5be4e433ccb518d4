using ClaimCheck.Corpus.Import;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Import;

public class CsvReaderTests
{
    [Test]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var records = CsvReader.Read("id,title,body\n7,\"Talks, day two\",\"He said \"\"no\"\".\nThen left.\"\n8,plain,text\n").ToList();

        records.Count.ShouldBe(3);
        records[1].Fields.ShouldBe(["7", "Talks, day two", "He said \"no\".\nThen left."]);
        records[1].Problem.ShouldBeNull();
        records[2].Fields.ShouldBe(["8", "plain", "text"]);
    }

    [Test]
    public void Each_record_knows_the_line_it_starts_on_even_after_multi_line_fields()
    {
        var records = CsvReader.Read("a,b\n\"x\ny\nz\",1\nq,2\n").ToList();

        records.Select(r => r.Line).ShouldBe([1, 2, 5]);
    }

    [Test]
    public void Crlf_ends_records_but_stays_data_inside_quotes()
    {
        var records = CsvReader.Read("a,b\r\n\"one\r\ntwo\",3\r\n").ToList();

        records.Count.ShouldBe(2);
        records[0].Fields.ShouldBe(["a", "b"]);
        records[1].Fields.ShouldBe(["one\r\ntwo", "3"]);
    }

    [Test]
    public void Empty_fields_and_a_last_record_without_a_line_break_are_kept()
    {
        var records = CsvReader.Read("a,,\"\"\nb,c,").ToList();

        records.Count.ShouldBe(2);
        records[0].Fields.ShouldBe(["a", "", ""]);
        records[1].Fields.ShouldBe(["b", "c", ""]);
    }

    [Test]
    public void An_unclosed_quote_is_a_problem_naming_the_line_it_opened_on()
    {
        var records = CsvReader.Read("a,b\n1,\"never closed\n2,3\n").ToList();

        records.Count.ShouldBe(2);
        records[1].Problem.ShouldNotBeNull().ShouldContain("line 2");
    }

    [TestCase("1,\"closed\"junk\n")]
    [TestCase("1,half\"quoted\n")]
    public void Stray_quotes_make_the_record_a_problem(string csv) =>
        CsvReader.Read(csv).Single().Problem.ShouldNotBeNull();
}

using System.Text.RegularExpressions;
using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Names;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Alignment;

/// <summary>
/// Works out an article's <see cref="StorySignature"/> when it is extracted: everything story
/// grouping reads of one article alone, so that this work runs with the rest of the extract stage,
/// article by article on every thread, and grouping, which must take articles one after another,
/// only compares numbers. Each thread counts with its own <see cref="TermCounter"/>.
/// </summary>
public sealed class StorySigner
{
    /// <summary>How many of an article's strongest terms it keeps: the ones that find its story, and that find it for later articles.</summary>
    public const int StrongestTerms = 40;

    /// <summary>Terms used by more than this share of news articles (e^-3, about 5%) find no story: too common to tell one story from another.</summary>
    private const double DistinctiveWeight = 3.0;

    /// <summary>Quoted words anchor a follow-up in runs of this many: two articles sharing one quote the same words.</summary>
    private const int QuoteRun = 5;

    /// <summary>How far around a person's name the words that mark a source are looked for.</summary>
    private const int SourceWindow = 60;

    private readonly ThreadLocal<TermCounter> counters;
    private readonly StoryPolicy policy;
    private readonly NameMatcher names;

    /// <param name="names">Tells one person's name however outlets spell it, with the suffixes of the name rules.</param>
    public StorySigner(StoryPolicy policy, BackgroundWeights background, NameMatcher names)
    {
        this.names = names;
        var words = policy.Stopwords.ToArray();
        counters = new(() => new TermCounter(words, new TermTable(background)));
        this.policy = policy;
    }

    /// <remarks>A policy pattern (source words, streets) that runs out of time is reported (CC0201) and read as no match.</remarks>
    public StorySignature Sign(AnalyzedArticle analysis, ImmutableArray<QuoteMention> quotes, DiagnosticBag diagnostics)
    {
        var counter = counters.Value!;
        var table = counter.Table;
        var (ids, counts) = counter.Count(analysis, Ages(analysis, policy, diagnostics));
        var weights = new double[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            weights[i] = (1 + Math.Log(counts[i])) * table.Weight(ids[i]);
        }

        var strongest = Strongest(ids, weights, table);
        var hashes = new long[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            hashes[i] = table.Hash(ids[i]);
        }

        Array.Sort(hashes, weights);
        return new StorySignature(
            [.. hashes],
            [.. weights],
            [.. strongest.Select(table.Hash)],
            [.. strongest.Where(id => table.BackgroundWeight(id) >= DistinctiveWeight).Select(table.Hash)],
            [.. Anchors(analysis, quotes, diagnostics).Order()],
            [.. LeadDays(analysis).Order()]) { LeadStreets = [.. LeadStreets(analysis, policy, diagnostics).Order()] };
    }

    /// <summary>The terms of highest weight, at most <see cref="StrongestTerms"/>, heaviest first; ties by term, so that the order never depends on the ids a thread handed out.</summary>
    private static int[] Strongest(int[] ids, double[] weights, TermTable table)
    {
        var take = Math.Min(StrongestTerms, ids.Length);
        if (take == 0)
        {
            return [];
        }

        var order = new int[ids.Length];
        var keys = new double[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            order[i] = i;
            keys[i] = -weights[i];
        }

        Array.Sort(keys, order);
        var end = take;
        while (end < keys.Length && keys[end] == keys[take - 1])
        {
            end++;
        }

        var byTerm = Comparer<int>.Create((a, b) => string.CompareOrdinal(table.Term(ids[a]), table.Term(ids[b])));
        for (var start = 0; start < end;)
        {
            var stop = start + 1;
            while (stop < end && keys[stop] == keys[start])
            {
                stop++;
            }

            if (stop - start > 1)
            {
                Array.Sort(order, start, stop - start, byTerm);
            }

            start = stop;
        }

        var strongest = new int[take];
        for (var i = 0; i < take; i++)
        {
            strongest[i] = ids[order[i]];
        }

        return strongest;
    }

    /// <summary>
    /// What ties a follow-up to its first reports, as stable hashes: the people the gazetteer does
    /// not know named in full (two words or more) in the article's lead, a victim's or a suspect's
    /// name, however outlets spell it (<see cref="NameMatcher.SpellingKey"/>), unless the article names them as a source (a spokesman, someone who said something:
    /// <see cref="IsSource"/>; a reporter is mostly named further down, and one that several
    /// stories name ties it to one of them only through a very alike report, see <see cref="Aligner"/>); and runs of quoted words: two articles
    /// sharing one quote the same words, however differently they tell the story (a one-word variant
    /// still leaves such runs intact).
    /// </summary>
    private HashSet<long> Anchors(AnalyzedArticle analysis, ImmutableArray<QuoteMention> quotes, DiagnosticBag diagnostics)
    {
        var anchors = new HashSet<long>();
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in analysis.Entities)
        {
            if (person.Type == EntityType.Person && EntityIds.IsUnknown(person.EntityId) && person.Form is MentionForm.FullName or MentionForm.Unknown
                && person.CanonicalName.Contains(' ', StringComparison.Ordinal) && person.Sentence < Document.LeadSentences && person.Role is null)
            {
                named.TryAdd(person.EntityId, person.CanonicalName);
            }
        }

        if (named.Count > 0)
        {
            // Only those named in the lead can anchor; any of their mentions may name them as a source.
            foreach (var mention in analysis.Entities)
            {
                if (named.ContainsKey(mention.EntityId) && IsSource(analysis, mention, policy, diagnostics))
                {
                    named.Remove(mention.EntityId);
                }
            }

            foreach (var name in named.Values)
            {
                if (names.SpellingKey(name) is { } key)
                {
                    anchors.Add((long)StableHash.Of(key));
                }
            }
        }

        var window = new ulong[QuoteRun];
        var buffer = new char[64];
        foreach (var quote in quotes)
        {
            var count = 0;
            foreach (var word in new FoldedWords(quote.Text, buffer))
            {
                window[count++ % QuoteRun] = StableHash.Of(word);
                if (count >= QuoteRun)
                {
                    var hash = StableHash.Basis;
                    for (var k = count - QuoteRun; k < count; k++)
                    {
                        hash = StableHash.Combine(hash, window[k % QuoteRun]);
                    }

                    anchors.Add((long)hash);
                }
            }
        }

        return anchors;
    }

    /// <summary>Whether the words around a person's name make the person a source of the story rather than whom it is about.</summary>
    private static bool IsSource(AnalyzedArticle analysis, EntityMention name, StoryPolicy policy, DiagnosticBag diagnostics)
    {
        var text = analysis.Document.Text;
        var from = Math.Max(0, name.Span.Start - SourceWindow);
        return Matches(policy.SourceBefore, text.AsSpan(from, name.Span.Start - from), analysis, name.Sentence, diagnostics)
            || Matches(policy.SourceAfter, text.AsSpan(name.Span.End, Math.Min(SourceWindow, text.Length - name.Span.End)), analysis, name.Sentence, diagnostics);
    }

    private static bool Matches(PolicyPattern? pattern, ReadOnlySpan<char> text, AnalyzedArticle analysis, int sentence, DiagnosticBag diagnostics)
    {
        if (pattern is null)
        {
            return false;
        }

        try
        {
            return pattern.Pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            diagnostics.Add(Diagnostic.RegexTimeout(pattern.Key, pattern.File, pattern.Line, pattern.Column, analysis.Article, sentence));
            return false;
        }
    }

    /// <summary>The streets the lead names (<see cref="StoryPolicy.Street"/>), as stable hashes of their names, folded.</summary>
    private static HashSet<long> LeadStreets(AnalyzedArticle analysis, StoryPolicy policy, DiagnosticBag diagnostics)
    {
        var streets = new HashSet<long>();
        if (policy.Street is not { } street)
        {
            return streets;
        }

        var document = analysis.Document;
        for (var index = 0; index < Math.Min(Document.LeadSentences, document.Sentences.Length); index++)
        {
            var span = document.Sentences[index].Span;
            try
            {
                for (var match = street.Pattern.Match(document.Text, span.Start, span.Length); match.Success; match = match.NextMatch())
                {
                    streets.Add((long)StableHash.Of(match.Groups["name"].Value.ToLowerInvariant()));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                diagnostics.Add(Diagnostic.RegexTimeout(street.Key, street.File, street.Line, street.Column, analysis.Article, index));
            }
        }

        return streets;
    }

    /// <summary>
    /// The ages the article gives (<see cref="StoryPolicy.Age"/>) as story terms ("age:8"): reports of
    /// one shooting told in other words share the 8-year-old girl it killed, and an age is as rare in
    /// news at large as a name. Numbers are no terms otherwise.
    /// </summary>
    private static List<string> Ages(AnalyzedArticle analysis, StoryPolicy policy, DiagnosticBag diagnostics)
    {
        var ages = new List<string>();
        if (policy.Age is not { } age)
        {
            return ages;
        }

        foreach (var text in (ReadOnlySpan<string?>)[analysis.Article.Title, analysis.Document.Text])
        {
            try
            {
                for (var match = age.Pattern.Match(text ?? ""); match.Success; match = match.NextMatch())
                {
                    ages.Add("age:" + match.Groups["years"].Value);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                diagnostics.Add(Diagnostic.RegexTimeout(age.Key, age.File, age.Line, age.Column, analysis.Article, 0));
            }
        }

        return ages;
    }

    /// <summary>The days the article's lead names (<see cref="TimeMention.DayNamed"/>).</summary>
    private static HashSet<int> LeadDays(AnalyzedArticle analysis) =>
        [.. analysis.Times
            .Where(t => t.Sentence < Document.LeadSentences && !t.IsPageStamp(analysis.Article.Published))
            .Select(t => t.DayNamed(analysis.Article.Published))
            .OfType<DateOnly>()
            .Select(day => day.DayNumber)];
}

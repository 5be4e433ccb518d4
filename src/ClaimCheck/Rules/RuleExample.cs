namespace ClaimCheck.Rules;

/// <summary>
/// One example beside a rule: a text, the publication date it is read at, and what the rule must
/// produce (a set of observation fields) or <c>null</c> for "no match".
/// </summary>
public sealed record RuleExample
{
    /// <summary>The fixed reference date examples are read at unless they say otherwise (Duckling keeps one too).</summary>
    public static readonly DateOnly DefaultReference = new(2016, 4, 28);

    public RuleExample(string ruleId, string text, DateOnly published, ImmutableSortedDictionary<string, string>? expect, string file, int line)
    {
        RuleId = Preconditions.CheckNotBlank(ruleId, nameof(ruleId));
        Text = Preconditions.CheckNotBlank(text, nameof(text));
        Published = published;
        Expect = expect;
        File = file;
        Line = line;
    }

    public string RuleId { get; }

    public string Text { get; }

    public DateOnly Published { get; }

    /// <summary>Fields an observation of this rule must have; null means the rule must not match.</summary>
    public ImmutableSortedDictionary<string, string>? Expect { get; }

    public bool IsNegative => Expect is null;

    /// <summary>The outlet's order of numeric dates the example is read with ("date-order"); null: the rules' default.</summary>
    public Corpus.DateOrder? DateOrder { get; init; }

    public string File { get; }

    public int Line { get; }

    /// <summary>
    /// Reads a rule's <c>examples:</c> list. Each item: <c>text</c>, optional <c>published</c> and
    /// <c>date-order</c> (as an article's front matter gives them), and <c>expect</c> — a mapping of fields, or the word <c>none</c>.
    /// </summary>
    public static ImmutableArray<RuleExample> ReadAll(YamlMap rule, string ruleId, DateOnly reference)
    {
        var result = ImmutableArray.CreateBuilder<RuleExample>();
        foreach (var item in rule.Maps("examples"))
        {
            item.CheckKeys("text", "published", "expect", "date-order");
            var text = item.String("text", required: true);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var published = item.Date("published") ?? reference;
            ImmutableSortedDictionary<string, string>? expect;
            var none = item.Has("expect") && !item.IsMapping("expect") ? item.String("expect") : null;
            if (none is not null)
            {
                if (none != "none")
                {
                    item.Error(DiagnosticCodes.InvalidValue, "expect", "'expect' must be a mapping of fields or the word 'none'");
                    continue;
                }

                expect = null;
            }
            else
            {
                var fields = item.StringPairs("expect", required: true);
                expect = fields.ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            }

            Corpus.DateOrder? dateOrder = null;
            if (item.String("date-order") is { } order)
            {
                dateOrder = Corpus.ArticleAssembly.ReadDateOrder(order);
                if (dateOrder is null)
                {
                    item.Error(DiagnosticCodes.InvalidValue, "date-order", "'date-order' must be day-first or month-first");
                    continue;
                }
            }

            result.Add(new RuleExample(ruleId, text, published, expect, item.File, item.Line) { DateOrder = dateOrder });
        }

        return result.ToImmutable();
    }
}

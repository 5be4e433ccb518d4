using ClaimCheck.Text;

namespace ClaimCheck.Names;

/// <summary>
/// Finds the names of one sentence: a longest-match pass over the gazetteer trie and runs of
/// capitalized words, then titles are joined to the names they introduce ("Russian Foreign
/// Minister Sergei Lavrov", "Presidents Barack Obama and Vladimir Putin"), capitals are read as a
/// city or a government, and unknown names are kept when a cue says what they are.
/// </summary>
internal sealed class SentenceScanner
{
    private const int MaxRunWords = 6;
    private const double HeadlineCapitalShare = 0.8;
    private const int HeadlineMinWords = 4;
    private const int HeadlineWordLength = 4;

    private readonly NameModel model;
    private readonly string sentence;
    private readonly string folded;
    private readonly List<NameToken> tokens;
    private readonly TextSpan sentenceSpan;
    private readonly int sentenceIndex;
    private readonly List<Phrase> scratch = [];

    // Look-ahead tests fill their own list: scratch still holds the phrases of the item being read.
    private readonly List<Phrase> probe = [];
    private readonly List<Item> items = [];
    private readonly List<NameCandidate> output;
    private readonly HashSet<NameCandidate> sureUnknownPeople = [];

    private SentenceScanner(NameModel model, string sentence, TextSpan sentenceSpan, int sentenceIndex, List<NameCandidate> output)
    {
        this.model = model;
        this.sentence = sentence;
        this.sentenceSpan = sentenceSpan;
        this.sentenceIndex = sentenceIndex;
        this.output = output;
        folded = NameFolding.Fold(sentence);
        tokens = NameTokenizer.Tokenize(sentence);
    }

    private NameLexicons Lexicons => model.Lexicons;

    public static void Scan(NameModel model, string sentence, TextSpan span, int index, List<NameCandidate> output)
    {
        var scanner = new SentenceScanner(model, sentence, span, index, output);
        var first = output.Count;
        scanner.FindItems();
        scanner.Combine();
        scanner.PropagateInLists(first);
    }

    private void FindItems()
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                i++;
                continue;
            }

            if (model.Phrases.LongestMatch(folded, tokens, i, scratch, out var end))
            {
                if (end == i + 1 && StartsPersonName(i))
                {
                    var run = ReadRun(i);
                    items.Add(run);
                    i = run.End;
                    continue;
                }

                items.Add(new Item(i, end, [.. scratch]));
                i = end;
                continue;
            }

            if (token.IsCapitalized && Lexicons.Honorifics.ContainsFolded(Word(i)))
            {
                i++; // "Mr.", "Officer": a cue for the name after it, not part of it
                continue;
            }

            if (token.IsCapitalized && (!IsNotName(i) || IsOrganizationHead(i)))
            {
                var run = ReadRun(i);
                items.Add(run);
                i = run.End;
                continue;
            }

            i++;
        }
    }

    /// <summary>
    /// In a list of names ("Kyleif Harley and Dominic Lamar", "A B, C D and E F"), one person with
    /// a cue makes persons of the other full names the list gives without one.
    /// </summary>
    private void PropagateInLists(int first)
    {
        var chainStart = first;
        for (var i = first; i <= output.Count; i++)
        {
            if (i < output.Count && i > chainStart && ListSeparated(output[i - 1], output[i]))
            {
                continue;
            }

            if (i - chainStart >= 2 && output.Skip(chainStart).Take(i - chainStart).Any(IsSurePerson))
            {
                for (var k = chainStart; k < i; k++)
                {
                    var c = output[k];
                    if (c.Pending == Pending.Surname && c.RuleId == NameRuleIds.Surname && c.Title is null && c.Words.Length >= 2 && EndsListItem(c))
                    {
                        c.NewIfUnresolved = true;
                    }
                }
            }

            chainStart = i;
        }
    }

    /// <summary>A gazetteer person, or an unknown one with a strong cue or a known given name (not merely a common surname: "Elm Park").</summary>
    private bool IsSurePerson(NameCandidate c) =>
        c.Type == EntityType.Person && (c.Pending == Pending.None || c.NewIfUnresolved)
        && (sureUnknownPeople.Contains(c) || c.EntityId is { } id && !EntityIds.IsUnknown(id));

    /// <summary>Two names with only a comma, a semicolon or "and" between them.</summary>
    private bool ListSeparated(NameCandidate a, NameCandidate b)
    {
        if (b.Span.Start < a.Span.End)
        {
            return false;
        }

        var between = sentence.AsSpan(a.Span.End - sentenceSpan.Start, b.Span.Start - a.Span.End).Trim();
        return between is "," or ";" or "and" or ", and";
    }

    /// <summary>A list item ends at punctuation, "and", or the verb of the sentence ("... and Lamar were charged").</summary>
    private bool EndsListItem(NameCandidate c)
    {
        var after = c.Span.End - sentenceSpan.Start;
        var i = tokens.FindIndex(t => t.Start >= after);
        return i < 0 || !tokens[i].IsWord || Word(i).SequenceEqual("and") || Lexicons.Auxiliaries.ContainsFolded(Word(i)) || Lexicons.SayVerbs.ContainsFolded(Word(i));
    }

    /// <summary>A first name that is also a place ("Jordan Smith", "Chad Jones") starts a person's name when a capitalized word follows.</summary>
    private bool StartsPersonName(int i) =>
        !scratch.Exists(p => p.Kind is PhraseKind.Name && model.Entities[p.Target].Type == EntityType.Person)
        && !scratch.Exists(p => p.Kind is PhraseKind.Office or PhraseKind.RoleTitle)
        && Lexicons.FirstNames.ContainsFolded(Word(i))
        && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].SpaceBefore
        && !IsNotName(i + 1) && !StartsKnownPhrase(i + 1);

    /// <summary>A run of capitalized words, joined by particles ("de"), connectors ("of"), hyphens, apostrophes and initials.</summary>
    private Item ReadRun(int start)
    {
        var end = start + 1;
        var words = 1;
        var connector = -1;
        while (end < tokens.Count && words < MaxRunWords)
        {
            var next = tokens[end];
            if (IsHonorificBeforeName(end))
            {
                break; // "Hackett Police Chief Darrell Spells": the honorific opens the next name
            }

            if (NicknameEnd(end) is { } nickname)
            {
                end = nickname; // "Aramis “Ace” Wilson": the nickname stays inside the name
                continue;
            }

            if (next.IsWord && next.IsCapitalized && next.SpaceBefore && (!IsNotName(end) || IsOrganizationHead(end) || IsInitial(end)) && !StartsKnownPhrase(end))
            {
                end++;
                words++;
            }
            else if (next.IsWord && next.SpaceBefore && IsSurnameAlsoPlace(start, end))
            {
                end++;
                words++;
            }
            else if (IsJoiner(end) && end + 1 < tokens.Count && tokens[end + 1].IsWord && !tokens[end + 1].SpaceBefore)
            {
                end += 2;
            }
            else if (IsInitialPeriod(end))
            {
                end++;
            }
            else if (next.Shape == TokenShape.Lower && (Lexicons.Particles.ContainsFolded(Word(end)) || Lexicons.Connectors.ContainsFolded(Word(end)))
                && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && !IsNotName(end + 1) && !StartsKnownPhrase(end + 1) && !IsHonorificBeforeName(end + 1))
            {
                if (connector < 0 && !Lexicons.Particles.ContainsFolded(Word(end)))
                {
                    connector = end;
                }

                end += 2;
                words++;
            }
            else
            {
                break;
            }
        }

        if (words >= 2 && connector < 0)
        {
            end = AfterSuffix(end);
        }

        return new Item(start, end, null, connector);
    }

    /// <summary>"John Smith Jr.", "John Smith, Sr.", "John Smith III": the generational suffix (and its period) belongs to the name.</summary>
    private int AfterSuffix(int end)
    {
        var suffix = end - 1;
        if (end + 1 < tokens.Count && folded[tokens[end].Start] == ',' && tokens[end + 1].IsCapitalized && tokens[end + 1].SpaceBefore && model.Suffixes.ContainsFolded(Word(end + 1)))
        {
            suffix = end + 1;
            end += 2;
        }

        if (!model.Suffixes.ContainsFolded(Word(suffix)))
        {
            return end;
        }

        return end < tokens.Count && folded[tokens[end].Start] == '.' && !tokens[end].SpaceBefore && tokens[suffix].Shape == TokenShape.Capitalized ? end + 1 : end;
    }

    /// <summary>An honorific inside a capitalized run with a name after it ("... Police Officer Scott Williams").</summary>
    private bool IsHonorificBeforeName(int i) =>
        tokens[i].IsCapitalized && tokens[i].SpaceBefore && Lexicons.Honorifics.ContainsFolded(Word(i))
        && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].SpaceBefore && !IsNotName(i + 1);

    /// <summary>A quoted nickname of one or two capitalized words between a given name and a surname; returns the token after its closing quote.</summary>
    private int? NicknameEnd(int i)
    {
        if (!IsQuote(i) || !tokens[i].SpaceBefore)
        {
            return null;
        }

        var close = i + 1;
        while (close < tokens.Count && close <= i + 3 && tokens[close].IsWord && tokens[close].IsCapitalized)
        {
            close++;
        }

        var fits = close > i + 1 && close + 1 < tokens.Count && IsQuote(close)
            && tokens[close + 1].IsCapitalized && tokens[close + 1].SpaceBefore && !IsNotName(close + 1);
        return fits ? close + 1 : null;
    }

    private bool IsQuote(int i) => tokens[i].Shape == TokenShape.Punctuation && folded[tokens[i].Start] is '"' or '\u201C' or '\u201D';

    /// <summary>A hyphen or apostrophe inside a name ("Ki-moon", "O'Brien"), not a possessive "'s".</summary>
    private bool IsJoiner(int i)
    {
        var t = tokens[i];
        if (t.SpaceBefore || t.Shape != TokenShape.Punctuation || i + 1 >= tokens.Count)
        {
            return false;
        }

        var c = folded[t.Start];
        return c == '-' || (c == '\'' && !Word(i + 1).SequenceEqual("s"));
    }

    /// <summary>A capital letter and a period inside a name ("Joy A. Champion"), even when the letter is also a word ("A").</summary>
    private bool IsInitial(int i) =>
        tokens[i].Length == 1 && i + 2 < tokens.Count && folded[tokens[i + 1].Start] == '.' && !tokens[i + 1].SpaceBefore && tokens[i + 2].IsCapitalized;

    /// <summary>
    /// A common surname that is also a place ("Shauna Washington", "Marcus Jordan"): it continues a
    /// run of one word that the gazetteer does not know, when nothing capitalized follows it.
    /// </summary>
    private bool IsSurnameAlsoPlace(int start, int i) =>
        i == start + 1 && tokens[i].IsCapitalized && Lexicons.Surnames.ContainsFolded(Word(i)) && !IsNotName(start)
        && !model.Phrases.LongestMatch(folded, tokens, start, probe, out _)
        && (i + 1 >= tokens.Count || !tokens[i + 1].IsCapitalized || !tokens[i + 1].SpaceBefore);

    private bool IsInitialPeriod(int i) =>
        i > 0 && folded[tokens[i].Start] == '.' && !tokens[i].SpaceBefore
        && tokens[i - 1].Length == 1 && tokens[i - 1].IsCapitalized
        && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized;

    private bool StartsKnownPhrase(int i)
    {
        if (!model.Phrases.LongestMatch(folded, tokens, i, probe, out _))
        {
            return false;
        }

        return probe.Exists(p => p.Kind is not PhraseKind.Surname);
    }

    private bool IsNotName(int i) => Lexicons.NotNames.ContainsFolded(Word(i));

    private bool IsOrganizationHead(int i) => tokens[i].IsCapitalized && Lexicons.OrganizationHeads.ContainsFolded(Word(i));

    private ReadOnlySpan<char> Word(int i) => folded.AsSpan(tokens[i].Start, tokens[i].Length);

    private void Combine()
    {
        var headline = IsHeadline();
        var k = 0;
        while (k < items.Count)
        {
            var added = output.Count;
            var next = TryTitle(k) ?? Single(k, headline);
            if (!headline)
            {
                GrantAppositiveTitle(added, next);
            }

            k = next;
        }
    }

    /// <summary>
    /// A title set off by a comma right after a name ("Staffan de Mistura, UN Special Envoy for
    /// Syria", "Kairat Abdrakhmanov, Kazakhstan's foreign minister") gives the person that role, as
    /// one before the name does; the mention then runs to the end of the title. The title must
    /// close the appositive (a comma, a full stop or the end of the sentence after it), so that
    /// "Lavrov, Foreign Minister Wang Yi and others" gives Lavrov nothing.
    /// </summary>
    private void GrantAppositiveTitle(int added, int next)
    {
        if (next >= items.Count || added >= output.Count || output[^1] is not { Type: EntityType.Person, Title: null } person
            || person.Span.End != sentenceSpan.Start + tokens[items[next - 1].End - 1].End || AppositiveTitle(items[next - 1].End) is not var (title, of, end))
        {
            return;
        }

        person.Title = Grant(title, of, former: false);
        person.Span = Span(person.Span.Start - sentenceSpan.Start, tokens[end - 1].End);
        person.RuleId = NameRuleIds.Title;
    }

    /// <summary>
    /// The title of one person set off by the comma at token <paramref name="comma"/> ("…, UN Special
    /// Envoy for Syria", "…, the Interior Minister", "…, Kazakhstan's foreign minister"), with the
    /// qualifier that owns it and the token after it, when a comma, a full stop or the end of the
    /// sentence closes it.
    /// </summary>
    private (Phrase Title, string? Of, int End)? AppositiveTitle(int comma)
    {
        if (comma >= tokens.Count || folded[tokens[comma].Start] != ',')
        {
            return null;
        }

        var first = comma + 1;
        if (first < tokens.Count && tokens[first].IsWord && Lexicons.Determiners.ContainsFolded(Word(first)))
        {
            first++;
        }

        var at = items.FindIndex(item => item.Start == first);
        if (at < 0 || TitleAt(at, possessive: true) is not var (title, of, last))
        {
            return null;
        }

        var end = items[last].End;
        return title.Plural || (end < tokens.Count && folded[tokens[end].Start] is not (',' or '.' or ';'))
            ? null
            : (title, of, end);
    }

    /// <summary>
    /// The office or role title item <paramref name="k"/> names, or that a qualifier names with the
    /// item after it ("Russian" "Foreign Minister"; with <paramref name="possessive"/> also
    /// "Kazakhstan's" "foreign minister"): the title, the qualifier that owns it, and its last item.
    /// </summary>
    private (Phrase Title, string? Of, int Last)? TitleAt(int k, bool possessive)
    {
        if ((items[k].Find(PhraseKind.RoleTitle) ?? items[k].Find(PhraseKind.Office)) is { } title)
        {
            return (title, null, k);
        }

        return items[k].Qualifier(model) is { } qualifier && k + 1 < items.Count && (possessive ? PossessedBy(k, k + 1) : Adjacent(k, k + 1))
            && (items[k + 1].Find(PhraseKind.Office) ?? items[k + 1].Find(PhraseKind.RoleTitle)) is { } following
            ? (following, qualifier, k + 1)
            : null;
    }

    /// <summary>The role a title gives: a role title's own, or an office of the qualifier that owns it (else of the office's usual owner).</summary>
    private TitleGrant Grant(Phrase title, string? of, bool former) =>
        title.Kind == PhraseKind.RoleTitle
            ? new TitleGrant(model.Roles[title.Target], null, model.Roles[title.Target].Of, former)
            : new TitleGrant(null, model.Offices[title.Target], of ?? model.Offices[title.Target].DefaultOf, former);

    /// <summary>A qualifier right before an office, or owning it ("Kazakhstan's foreign minister").</summary>
    private bool PossessedBy(int owner, int owned)
    {
        if (Adjacent(owner, owned))
        {
            return true;
        }

        var end = items[owner].End;
        return items[owned].Start == end + 2 && folded[tokens[end].Start] is '\'' or '’' && !tokens[end].SpaceBefore && Word(end + 1).SequenceEqual("s");
    }

    /// <summary>Title-case lines (headlines, page chrome) have capitals on every word: only the gazetteer is trusted there.</summary>
    private bool IsHeadline()
    {
        int words = 0, capitals = 0;
        foreach (var t in tokens)
        {
            if (t.IsWord && t.Length >= HeadlineWordLength && t.Shape != TokenShape.Other)
            {
                words++;
                if (t.IsCapitalized)
                {
                    capitals++;
                }
            }
        }

        return words >= HeadlineMinWords && capitals > HeadlineCapitalShare * words && !(capitals < words && EndsAsSentence());
    }

    /// <summary>A list of names in prose ("... identified the victims as William Burtron, 69, Sheila Burtron, 68.") ends with a full stop; a headline does not.</summary>
    private bool EndsAsSentence()
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var c = folded[tokens[i].Start];
            if (tokens[i].Shape != TokenShape.Punctuation)
            {
                return false;
            }

            if (c is '.' or '!' or '?')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>[qualifier] office|role-title [name (and name)*]; returns the next item, or null when item k starts no title.</summary>
    private int? TryTitle(int k)
    {
        var item = items[k];
        if (TitleAt(k, possessive: false) is not var (title, of, titleEnd))
        {
            return null;
        }

        var former = item.Start > 0 && tokens[item.Start - 1].IsWord && Lexicons.Former.ContainsFolded(Word(item.Start - 1));
        var titleStart = tokens[former ? item.Start - 1 : item.Start].Start;
        var grant = Grant(title, of, former);

        var next = titleEnd + 1;
        var named = false;
        while (next < items.Count && (named ? title.Plural && Coordinated(next - 1, next) : Adjacent(titleEnd, next)) && IsPersonName(items[next]))
        {
            AddPerson(items[next], named ? tokens[items[next].Start].Start : titleStart, grant);
            named = true;
            next++;
        }

        if (named)
        {
            return next;
        }

        var determiner = former ? item.Start - 2 : item.Start - 1;
        var determined = determiner >= 0 && tokens[determiner].IsWord && Lexicons.Determiners.ContainsFolded(Word(determiner)) && !title.Plural;

        // "the U.N.-Arab League envoy to Syria, Lakhdar Brahimi, said": the name set off after the
        // title is its holder when commas close it on both sides.
        if (determined && next < items.Count && items[next].Start == items[titleEnd].End + 1 && folded[tokens[items[titleEnd].End].Start] == ','
            && IsPersonName(items[next]) && (items[next].End >= tokens.Count || folded[tokens[items[next].End].Start] is ',' or '.' or ';'))
        {
            AddPerson(items[next], titleStart, grant);
            return next + 1;
        }

        if (determined)
        {
            Add(new NameCandidate
            {
                Span = Span(tokens[determiner].Start, tokens[items[titleEnd].End - 1].End),
                Sentence = sentenceIndex,
                RuleId = NameRuleIds.Role,
                Pending = Pending.RoleOnly,
                Type = EntityType.Person,
                Form = MentionForm.Title,
                Title = grant,
            });
            return titleEnd + 1;
        }

        return titleEnd == k ? k + 1 : Single(k, headline: false);
    }

    private bool IsPersonName(Item item) =>
        item.IsRun ? !HasOrganizationHead(item) : item.Phrases!.Exists(p =>
            p.Kind == PhraseKind.Surname || (p.Kind == PhraseKind.Name && model.Entities[p.Target].Type == EntityType.Person));

    private bool Adjacent(int a, int b) => items[a].End == items[b].Start;

    /// <summary>Two names joined by "and" or a comma ("Barack Obama and Vladimir Putin").</summary>
    private bool Coordinated(int a, int b)
    {
        var gap = items[b].Start - items[a].End;
        if (gap is < 1 or > 2)
        {
            return false;
        }

        for (var i = items[a].End; i < items[b].Start; i++)
        {
            var isAnd = tokens[i].IsWord && Word(i).SequenceEqual("and");
            var isComma = folded[tokens[i].Start] == ',';
            if (!isAnd && !isComma)
            {
                return false;
            }
        }

        return true;
    }

    private void AddPerson(Item item, int spanStart, TitleGrant? grant)
    {
        if (item.IsRun && KnownWithInitial(item with { End = PersonEnd(item) }) is { } known)
        {
            Add(Known(Span(spanStart, tokens[PersonEnd(item) - 1].End), NameRuleIds.Title, known, MentionForm.FullName, grant));
            return;
        }

        if (item.IsRun)
        {
            AddNewPerson(item with { End = PersonEnd(item) }, spanStart, grant, NameRuleIds.Title);
            return;
        }

        var span = Span(spanStart, tokens[item.End - 1].End);
        if (item.Find(PhraseKind.Name) is { } name && model.Entities[name.Target].Type == EntityType.Person)
        {
            Add(Known(span, grant is null ? NameRuleIds.Alias : NameRuleIds.Title, model.Entities[name.Target], name.Form, grant));
            return;
        }

        Add(SurnameCandidate(item, span, grant, grant is null ? NameRuleIds.Surname : NameRuleIds.Title, newIfUnresolved: false));
    }

    private int Single(int k, bool headline)
    {
        var item = items[k];
        if (item.IsRun)
        {
            ClassifyRun(item, headline);

            return k + 1;
        }

        var span = Span(tokens[item.Start].Start, tokens[item.End - 1].End);
        if (item.Find(PhraseKind.Name) is { } name)
        {
            var entity = model.Entities[name.Target];
            Add(Known(span, NameRuleIds.Alias, entity, name.Form, null));
        }
        else if (item.Find(PhraseKind.Demonym) is { } demonym)
        {
            Add(Known(span, NameRuleIds.Demonym, model.Entities[demonym.Target], MentionForm.Demonym, null));
        }
        else if (item.Find(PhraseKind.Metonym) is { } metonym)
        {
            Add(Known(span, NameRuleIds.Metonym, model.Entities[metonym.Target], MentionForm.Metonym, null, government: true));
        }
        else if (item.Find(PhraseKind.Capital) is { } capital)
        {
            if (IsLocated(item))
            {
                Add(Known(span, NameRuleIds.Alias, model.Entities[capital.Target], MentionForm.FullName, null));
            }
            else
            {
                Add(Known(span, NameRuleIds.Metonym, model.Entities[capital.Country!], MentionForm.Metonym, null, government: true));
            }
        }
        else if (item.Find(PhraseKind.Surname) is not null && !(item.End == item.Start + 1 && IsNotName(item.Start)))
        {
            Add(SurnameCandidate(item, span, null, NameRuleIds.Surname, newIfUnresolved: false));
        }

        return k + 1;
    }

    /// <summary>"in Moscow", "from Beirut", "Vienna-based": the city; elsewhere a capital speaks for its government.</summary>
    private bool IsLocated(Item item)
    {
        var before = item.Start - 1;
        if (before >= 0 && tokens[before].IsWord && Lexicons.Locatives.ContainsFolded(Word(before)))
        {
            return true;
        }

        var after = item.End;
        return after + 1 < tokens.Count && folded[tokens[after].Start] == '-' && !tokens[after].SpaceBefore
            && Word(after + 1).SequenceEqual("based");
    }

    private void ClassifyRun(Item item, bool headline)
    {
        if (HasOrganizationHead(item))
        {
            if (!headline && PersonAfterOrganization(item) is { } split)
            {
                ClassifyRun(item with { End = split, Connector = -1 }, headline);
                ClassifyRun(ReadRun(split), headline);
                return;
            }

            if (headline || WordsOf(item.Start, item.End).Length < 2)
            {
                return; // "Police said": a head word alone names no organization
            }

            var end = item.End;
            var words = WordsOf(item.Start, end);
            var name = Canonical(item.Start, end);
            Add(new NameCandidate
            {
                Span = Span(tokens[item.Start].Start, tokens[end - 1].End),
                Sentence = sentenceIndex,
                RuleId = NameRuleIds.UnknownOrganization,
                EntityId = EntityIds.Unknown(name),
                Type = EntityType.Organization,
                CanonicalName = name,
                Form = MentionForm.Unknown,
                Words = words,
            });
            return;
        }

        var person = item with { Start = AfterPersonWords(item.Start, PersonEnd(item)), End = PersonEnd(item) };
        var wordCount = WordsOf(person.Start, person.End).Length;
        var strongCue = HasHonorific(person.Start) || IsSpeakerLabel(person) || HasAge(person.End) || FollowsPersonWord(person.Start) || HasPersonAppositive(person.End)
            || (wordCount >= 2 && (HasPersonPredicate(person.End) || IsCaptioned(person.End) || OwnsPersonThing(person.End)
                || (!IsLocatedRun(person.Start) && HasNounAppositive(person.End)))); // "Man shot wife", "Again, the shooter": one word is too little for these
        var weakCue = !headline && wordCount >= 2 && !IsLocatedRun(person.Start) && (Lexicons.FirstNames.ContainsFolded(Word(person.Start))
            || Lexicons.Surnames.ContainsFolded(Word(person.End - 1)) || SayVerbAround(person));
        if (KnownWithInitial(person) is { } known)
        {
            Add(Known(Span(tokens[person.Start].Start, tokens[person.End - 1].End), NameRuleIds.Alias, known, MentionForm.FullName, null));
        }
        else if (wordCount >= 2 && (strongCue || weakCue))
        {
            var added = AddNewPerson(person, tokens[person.Start].Start, null, NameRuleIds.UnknownPerson);
            if (strongCue || Lexicons.FirstNames.ContainsFolded(Word(person.Start)))
            {
                sureUnknownPeople.Add(added);
            }
        }
        else if (!headline)
        {
            // Without a cue here, the name may still be one the article introduces elsewhere ("Parish", "Elliot Rodger").
            var span = Span(tokens[person.Start].Start, tokens[person.End - 1].End);
            Add(SurnameCandidate(person, span, null, NameRuleIds.Surname, newIfUnresolved: strongCue));
        }

        if (item.Connector >= 0)
        {
            ClassifyRun(ReadRun(item.Connector + 1), headline); // "Andrew Parish and Sara Davidson": the name after the connector
        }
    }

    /// <summary>Capitalized person words opening a run ("Teen Gunman Kyren Doss") are cues, not part of the name; two words are kept at least.</summary>
    private int AfterPersonWords(int start, int end)
    {
        while (true)
        {
            var last = CompoundEnd(start);
            if (!Lexicons.PersonBefore.ContainsFolded(Word(last)) || WordCount(last + 1, end) < 2)
            {
                return start;
            }

            start = last + 1; // "Teen", "Thirty-one-year-old": the cue ends before the name
        }
    }

    /// <summary>The last token of a hyphenated compound starting at i ("Thirty-one-year-old"), or i itself.</summary>
    private int CompoundEnd(int i)
    {
        while (i + 2 < tokens.Count && folded[tokens[i + 1].Start] == '-' && !tokens[i + 1].SpaceBefore && tokens[i + 2].IsWord && !tokens[i + 2].SpaceBefore)
        {
            i += 2;
        }

        return i;
    }

    private int WordCount(int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsWord && (i == start || tokens[i].SpaceBefore))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// A name run on after an organization's head ("Daily News Destiny Jones", "Police and Korryn
    /// Gaines"): where the person's part starts, when it is two words or more opening with a given
    /// name or a person word; null when the run is the organization's name alone.
    /// </summary>
    private int? PersonAfterOrganization(Item item)
    {
        var head = -1;
        for (var i = item.Start; i < item.End; i++)
        {
            if (IsOrganizationHead(i))
            {
                head = i;
            }
        }

        var start = head + 1;
        if (start < item.End && tokens[start].Shape == TokenShape.Lower && Word(start).SequenceEqual("and"))
        {
            start++;
        }

        var opensName = start < item.End && tokens[start].IsCapitalized
            && (Lexicons.FirstNames.ContainsFolded(Word(start)) || Lexicons.PersonBefore.ContainsFolded(Word(start)) || start > head + 1);
        return opensName && WordCount(start, item.End) >= 2 ? start : null;
    }

    /// <summary>"John Doe was shot", "John Doe has been charged", "John Doe is the gunman": what only a person undergoes, does or is, right after the name.</summary>
    private bool HasPersonPredicate(int end)
    {
        var i = end;
        var auxiliaries = 0;
        while (i < tokens.Count && tokens[i].IsWord && auxiliaries < 2 && Lexicons.Auxiliaries.ContainsFolded(Word(i)))
        {
            i++;
            auxiliaries++;
        }

        if (auxiliaries > 0 && i < tokens.Count && tokens[i].Shape == TokenShape.Lower && Word(i).EndsWith("ly"))
        {
            i++; // "was critically injured"
        }

        if (auxiliaries > 0 && PersonNounAfterArticle(i) is { } noun)
        {
            // "John Doe is the gunman.", "... is the latest child to ...", "... is the son of ...", not "Oak Park was the victim of neglect" nor "... is a student town"
            return ClosesPersonNoun(noun);
        }

        return i < tokens.Count && tokens[i].Shape == TokenShape.Lower && Lexicons.PersonAfter.ContainsFolded(Word(i));
    }

    /// <summary>A photo caption after a name: "John Doe (Photo: Police)", not "Drug Raid (Photo)".</summary>
    private bool IsCaptioned(int end) =>
        end + 2 < tokens.Count && folded[tokens[end].Start] == '(' && tokens[end + 1].IsWord && Lexicons.Captions.ContainsFolded(Word(end + 1))
        && folded[tokens[end + 2].Start] == ':';

    /// <summary>"in Oak Park", "near Elm Grove": after a locative a capitalized pair is a place unless a strong cue says otherwise.</summary>
    private bool IsLocatedRun(int start) => start > 0 && tokens[start - 1].IsWord && Lexicons.Locatives.ContainsFolded(Word(start - 1));

    /// <summary>A person's name stops at the first connector ("Smith of Chicago" → "Smith").</summary>
    private static int PersonEnd(Item item) => item.Connector >= 0 ? item.Connector : item.End;

    private bool HasOrganizationHead(Item item)
    {
        for (var i = item.Start; i < item.End; i++)
        {
            if (IsOrganizationHead(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the victim John Doe", "21-year-old Andy Parish", "identified as John Doe", "his grandmother, Jane Doe", "the killing of John Doe".</summary>
    private bool FollowsPersonWord(int start)
    {
        var i = start - 1;
        if (i >= 1 && tokens[i].IsWord && Word(i).SequenceEqual("of"))
        {
            return tokens[i - 1].IsWord && Lexicons.PersonOf.ContainsFolded(Word(i - 1));
        }

        if (i >= 2 && tokens[i].IsWord && Word(i).SequenceEqual("as") && FollowsNamingVerb(i - 1))
        {
            return true;
        }

        if (i >= 1 && (folded[tokens[i].Start] == ',' || (tokens[i].IsWord && Word(i).SequenceEqual("as"))))
        {
            i--;
        }

        return i >= 0 && tokens[i].IsWord && Lexicons.PersonBefore.ContainsFolded(Word(i));
    }

    /// <summary>
    /// "identified him as", "identified himself as", "identified by police as", "named by the
    /// coroner as": a naming verb, then an object pronoun or an agent of one or two words, ending at i.
    /// </summary>
    private bool FollowsNamingVerb(int i)
    {
        if (tokens[i].IsWord && Lexicons.NamingObjects.ContainsFolded(Word(i)))
        {
            i--;
        }
        else if (i >= 2 && tokens[i - 1].IsWord && Word(i - 1).SequenceEqual("by"))
        {
            i -= 2;
        }
        else if (i >= 3 && tokens[i - 2].IsWord && Word(i - 2).SequenceEqual("by"))
        {
            i -= 3;
        }
        else
        {
            return false;
        }

        return i >= 0 && tokens[i].IsWord && Lexicons.NamingVerbs.ContainsFolded(Word(i));
    }

    private bool HasHonorific(int start)
    {
        var i = start - 1;
        if (i >= 0 && folded[tokens[i].Start] == '.')
        {
            i--;
        }

        return i >= 0 && tokens[i].IsWord && Lexicons.Honorifics.ContainsFolded(Word(i));
    }

    /// <summary>A transcript's speaker: a name in capitals opening the line, before a colon ("KELEMEN:"); not a dateline ("TULSA, Okla. -").</summary>
    private bool IsSpeakerLabel(Item item) =>
        item.Start == 0 && tokens[item.Start].Shape == TokenShape.Upper
        && item.End < tokens.Count && (folded[tokens[item.End].Start] == ':'
            || (folded[tokens[item.End].Start] == ',' && !(item.End + 1 < tokens.Count && tokens[item.End + 1].IsCapitalized)));

    /// <summary>"John Smith, 23, of ...", "John Smith, 23.", "John Smith (23)", "John Smith, age 23": the age after a name.</summary>
    private bool HasAge(int end)
    {
        if (end + 1 >= tokens.Count || folded[tokens[end].Start] is not (',' or '('))
        {
            return false;
        }

        var age = end + 1;
        if (tokens[age].IsWord && Word(age).SequenceEqual("age") && age + 1 < tokens.Count)
        {
            age++;
        }

        return IsAge(age) && (age + 1 == tokens.Count || folded[tokens[age + 1].Start] is ',' or ';' or '.' or ')' || (folded[tokens[end].Start] == ',' && age > end + 1));
    }

    private bool IsAge(int i) => tokens[i].Shape == TokenShape.Other && tokens[i].Length <= 3 && char.IsAsciiDigit(folded[tokens[i].Start]) && char.IsAsciiDigit(folded[tokens[i].End - 1]);

    /// <summary>"John Smith, who ...", "John Smith, a 24-year-old ...": an appositive only a person takes.</summary>
    private bool HasPersonAppositive(int end)
    {
        if (end + 2 >= tokens.Count || folded[tokens[end].Start] != ',' || !tokens[end + 1].IsWord)
        {
            return false;
        }

        if (Word(end + 1).SequenceEqual("who") || AppositiveTitle(end) is not null)
        {
            return true;
        }

        return (Word(end + 1).SequenceEqual("a") || Word(end + 1).SequenceEqual("an")) && IsAge(end + 2)
            && end + 3 < tokens.Count && folded[tokens[end + 3].Start] == '-';
    }

    /// <summary>
    /// "John Doe, a father of three", "John Doe, the man named as ...", "John Doe, a local teacher,",
    /// "John Doe, son of ...": a person noun in apposition, closed by punctuation or a word of
    /// appositive_ends ("In Oak Park, a man was shot" is no appositive).
    /// </summary>
    private bool HasNounAppositive(int end)
    {
        if (end + 2 >= tokens.Count || folded[tokens[end].Start] != ',' || !tokens[end + 1].IsWord)
        {
            return false;
        }

        if (PersonNounAfterArticle(end + 1) is { } noun)
        {
            return ClosesPersonNoun(noun);
        }

        return Lexicons.Kin.ContainsFolded(Word(end + 1)) && Word(end + 2) is "of"; // "John Doe, father of three"
    }

    /// <summary>
    /// Whether the person noun ends its phrase: at punctuation or a word of appositive_ends ("who",
    /// "named", "to"). "of" only after kin ("the son of"): "the victim of a storm" may be a place's.
    /// </summary>
    private bool ClosesPersonNoun(int noun)
    {
        var next = noun + 1;
        return next == tokens.Count || EndsClause(next)
            || (Word(next) is "of" ? Lexicons.Kin.ContainsFolded(Word(noun)) : Lexicons.AppositiveEnds.ContainsFolded(Word(next)));
    }

    // An en dash is folded to '-' (a hyphen, which does not end a clause); an em dash stays.
    private bool EndsClause(int i) => folded[tokens[i].Start] is ',' or ';' or '.' or ')' or ':' or '\u2014';

    /// <summary>"a man", "the alleged gunman", "a young mother" starting at i: the index of the person noun, or null.</summary>
    private int? PersonNounAfterArticle(int i)
    {
        if (i + 1 >= tokens.Count || !(Word(i) is "a" or "an" or "the"))
        {
            return null;
        }

        var noun = i + 1;
        if (noun + 1 < tokens.Count && tokens[noun].Shape == TokenShape.Lower && !IsPersonNoun(noun))
        {
            noun++; // "a young man", "the alleged gunman"
        }

        return tokens[noun].Shape == TokenShape.Lower && IsPersonNoun(noun) ? noun : null;
    }

    /// <summary>"John Doe's mother", "John Doe's family", "Jane Ames' grandparents": a possessive before a kin noun or a word of person_possessions.</summary>
    private bool OwnsPersonThing(int end)
    {
        if (end + 1 >= tokens.Count || folded[tokens[end].Start] != '\'' || tokens[end].SpaceBefore)
        {
            return false;
        }

        var noun = end + 1;
        if (Word(noun) is "s" && !tokens[noun].SpaceBefore)
        {
            noun++;
        }

        var compound = noun + 1 < tokens.Count && !tokens[noun + 1].SpaceBefore && folded[tokens[noun + 1].Start] == '-'; // "sister-city"
        return noun < tokens.Count && tokens[noun].SpaceBefore && tokens[noun].Shape == TokenShape.Lower && !compound
            && (Lexicons.Kin.ContainsFolded(Word(noun)) || (Lexicons.PersonPossessions.ContainsFolded(Word(noun)) && EndsPossessedPhrase(noun + 1)));
    }

    /// <summary>
    /// A word of person_possessions ("family", "funeral") is often a modifier ("Oak Park's family
    /// farms", "the town's funeral home"): its phrase must end there, before punctuation, a verb
    /// ("family said", "grandparents sobbed") or a function word ("family on Friday").
    /// </summary>
    private bool EndsPossessedPhrase(int next) =>
        next == tokens.Count || EndsClause(next) || !tokens[next].IsWord || tokens[next].Shape != TokenShape.Lower
        || Lexicons.Auxiliaries.ContainsFolded(Word(next)) || Lexicons.SayVerbs.ContainsFolded(Word(next)) || Lexicons.Locatives.ContainsFolded(Word(next))
        || Lexicons.PossessionEnds.ContainsFolded(Word(next)) || Word(next).EndsWith("ed");

    private bool IsPersonNoun(int i) => Lexicons.PersonNouns.ContainsFolded(Word(i)) || Lexicons.Kin.ContainsFolded(Word(i));

    private bool SayVerbAround(Item item) =>
        (item.End < tokens.Count && tokens[item.End].IsWord && Lexicons.SayVerbs.ContainsFolded(Word(item.End)))
        || (item.Start > 0 && tokens[item.Start - 1].IsWord && Lexicons.SayVerbs.ContainsFolded(Word(item.Start - 1)));

    /// <summary>
    /// A known person named with a middle initial the gazetteer's forms lack ("Sergey V. Lavrov",
    /// "John F. Kerry"): one given name, initials, one surname of the same person.
    /// </summary>
    private GazetteerEntity? KnownWithInitial(Item person)
    {
        // Counted first: every run of capitals in every sentence comes here, and few hold an initial.
        var initials = 0;
        for (var i = person.Start; i < person.End; i++)
        {
            initials += tokens[i].IsWord && tokens[i].Length == 1 && tokens[i].IsCapitalized ? 1 : 0;
        }

        if (initials is not (1 or 2))
        {
            return null;
        }

        var words = WordsOf(person.Start, person.End);
        return words.Length == 2 && model.PeopleByGivenAndSurname.TryGetValue($"{words[0]} {words[1]}", out var known) ? known : null;
    }

    private NameCandidate AddNewPerson(Item item, int relativeStart, TitleGrant? grant, string ruleId)
    {
        var name = Canonical(item.Start, item.End);
        var candidate = new NameCandidate
        {
            Span = Span(relativeStart, tokens[item.End - 1].End),
            Sentence = sentenceIndex,
            RuleId = ruleId,
            EntityId = EntityIds.Unknown(name),
            Type = EntityType.Person,
            CanonicalName = name,
            Form = MentionForm.Unknown,
            Title = grant,
            Words = WordsOf(item.Start, item.End),
        };
        Add(candidate);
        return candidate;
    }

    private NameCandidate SurnameCandidate(Item item, TextSpan span, TitleGrant? grant, string ruleId, bool newIfUnresolved)
    {
        var surnameOf = item.IsRun
            ? []
            : item.Phrases!.Where(p => p.Kind == PhraseKind.Surname).Select(p => p.Target).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var name = Canonical(item.Start, item.End);
        return new NameCandidate
        {
            Span = span,
            Sentence = sentenceIndex,
            RuleId = ruleId,
            Pending = Pending.Surname,
            Type = EntityType.Person,
            CanonicalName = name,
            Form = MentionForm.Surname,
            Title = grant,
            Words = WordsOf(item.Start, item.End),
            SurnameOf = surnameOf,
            NewIfUnresolved = newIfUnresolved,
        };
    }

    private NameCandidate Known(TextSpan span, string ruleId, GazetteerEntity entity, MentionForm form, TitleGrant? grant, bool government = false) =>
        new()
        {
            Span = span,
            Sentence = sentenceIndex,
            RuleId = ruleId,
            EntityId = entity.Id,
            Type = entity.Type,
            CanonicalName = entity.Name,
            Form = form,
            Title = grant,
            IsGovernment = government,
        };

    private void Add(NameCandidate candidate)
    {
        if (model.EnabledRules.Contains(candidate.RuleId))
        {
            output.Add(candidate);
        }
    }

    private ImmutableArray<string> WordsOf(int start, int end)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        for (var i = start; i < end; i++)
        {
            if (NicknameEnd(i) is { } nickname)
            {
                i = nickname - 1;
                continue;
            }

            if (tokens[i].IsWord && tokens[i].Length > 1 && (i + 1 >= end || tokens[i + 1].SpaceBefore || folded[tokens[i + 1].Start] != '-')
                && !(i > start && model.Suffixes.ContainsFolded(Word(i))))
            {
                words.Add(new string(Word(i)));
            }
        }

        return words.ToImmutable();
    }

    /// <summary>The name as written, with a name in capitals ("KOFI ANNAN") set in title case.</summary>
    private string Canonical(int start, int end)
    {
        var text = sentence[tokens[start].Start..tokens[end - 1].End].Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        if (text.Any(char.IsLower))
        {
            return text;
        }

        var chars = text.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || !char.IsLetter(chars[i - 1]))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// A span of the article from offsets relative to the sentence, widened over an editor's
    /// bracket the name opens or closes ("[Russian] Foreign Minister Lavrov", "the Secretary [John Kerry]").
    /// </summary>
    private TextSpan Span(int start, int end)
    {
        var text = sentence.AsSpan(start, end - start);
        var open = text.Count('[') - text.Count(']');
        if (open > 0 && end < sentence.Length && sentence[end] == ']')
        {
            end++;
        }
        else if (open < 0 && start > 0 && sentence[start - 1] == '[')
        {
            start--;
        }

        return TextSpan.FromBounds(start + sentenceSpan.Start, end + sentenceSpan.Start);
    }

    /// <summary>A stretch of tokens [Start, End): a gazetteer phrase (with what it may stand for) or a run of capitalized words.</summary>
    private readonly record struct Item(int Start, int End, List<Phrase>? Phrases, int Connector = -1)
    {
        public bool IsRun => Phrases is null;

        public Phrase? Find(PhraseKind kind) => Phrases?.Find(p => p.Kind == kind);

        /// <summary>A country, organization or group that can own an office ("Russian", "UN", "State Department").</summary>
        public string? Qualifier(NameModel model)
        {
            if (Phrases is null)
            {
                return null;
            }

            foreach (var p in Phrases)
            {
                if (p.Kind is PhraseKind.Demonym or PhraseKind.Metonym)
                {
                    return p.Target;
                }

                if (p.Kind == PhraseKind.Name && model.Entities[p.Target].Type is EntityType.Country or EntityType.Organization or EntityType.Group)
                {
                    return p.Target;
                }
            }

            return null;
        }
    }
}

namespace ClaimCheck.Names;

/// <summary>What a phrase in the gazetteer trie stands for.</summary>
internal enum PhraseKind
{
    /// <summary>A name or alias of an entity ("John Kerry", "U.N.", "Free Syrian Army").</summary>
    Name,

    /// <summary>A country's demonym ("Russian").</summary>
    Demonym,

    /// <summary>A place or body standing for a government ("the Kremlin").</summary>
    Metonym,

    /// <summary>A capital: the city where a text locates something there, else the government.</summary>
    Capital,

    /// <summary>A person's surname alone ("Kerry"); resolved within the document.</summary>
    Surname,

    /// <summary>A title naming one role ("UN special envoy for Syria").</summary>
    RoleTitle,

    /// <summary>A title naming a kind of office ("Foreign Minister", "envoy").</summary>
    Office,
}

/// <summary>
/// One gazetteer phrase: its kind, the entity, role or office it names (<see cref="Target"/>), for
/// a capital the country it governs (<see cref="Country"/>), and whether it is plural ("Presidents").
/// </summary>
internal sealed record Phrase(PhraseKind Kind, string Target, MentionForm Form, string? Country = null, bool Plural = false);

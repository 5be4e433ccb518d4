namespace ClaimCheck.Names;

/// <summary>Entity ids: a gazetteer id ("john-kerry"), or for a name the gazetteer lacks, "new:" and the name's folded key.</summary>
public static class EntityIds
{
    private const string UnknownPrefix = "new:";

    /// <summary>The id of a person or place the gazetteer lacks, made from its name ("new:ayman-safadi").</summary>
    public static string Unknown(string name) => UnknownPrefix + NameFolding.Key(name);

    public static bool IsUnknown(string entityId) => entityId.StartsWith(UnknownPrefix, StringComparison.Ordinal);
}

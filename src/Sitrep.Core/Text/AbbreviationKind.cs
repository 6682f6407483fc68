namespace Sitrep.Text;

/// <summary>How an abbreviation's final period behaves at a possible sentence end (see data/text/abbreviations.tsv).</summary>
public enum AbbreviationKind
{
    Title,
    Month,
    Acronym,
    Other,
}

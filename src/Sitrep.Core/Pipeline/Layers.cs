namespace Sitrep.Pipeline;

/// <summary>Names of the article layers that stages declare they require or assign.</summary>
public static class Layers
{
    public const string Paragraphs = "paragraphs";
    public const string Sentences = "sentences";
    public const string Tokens = "tokens";
    public const string Published = "published";
    public const string Dates = "dates";
    public const string Places = "places";
    public const string Focus = "focus";
    public const string Actors = "actors";
    public const string Labels = "labels";
    public const string Quotes = "quotes";
    public const string Events = "events";
}

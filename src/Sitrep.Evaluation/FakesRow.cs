namespace Sitrep.Evaluation;

/// <summary>One labelled article of the FA-KES corpus (columns as in ../shared/corpora/fa-kes/README.md).</summary>
public sealed record FakesRow(string Id, string Title, string Content, string Source, DateOnly? LabelDate, string Location);

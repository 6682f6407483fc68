using System.Text;
using Sitrep.Model;
using Sitrep.Output;
using Sitrep.Text;

namespace Sitrep.Cli.Output;

/// <summary>A short readable summary per article for people at a terminal; not a stable format.</summary>
public sealed class TextSummarySink(Stream stdout) : IArticleSink
{
    private readonly StreamWriter _out = new(stdout, new UTF8Encoding(false), leaveOpen: true);

    public void Write(Article article)
    {
        _out.WriteLine($"# {article.Title ?? "(untitled)"}");
        _out.WriteLine($"  id: {article.Id}   source: {article.Source ?? "unknown"}   published: {Describe(article.Published)}");
        _out.WriteLine($"  {article.Paragraphs.Count} paragraphs, {article.Sentences.Count} sentences, {article.Tokens.Count} tokens");
        if (article.Dates.Count > 0)
        {
            _out.WriteLine("  dates:");
            int width = Math.Min(32, article.Dates.Max(d => d.Text.Length) + 2);
            foreach (var date in article.Dates)
            {
                string quoted = $"\"{date.Text}\"";
                _out.WriteLine($"    {quoted.PadRight(width)} {date.Value,-10} {ArticleJsonWriter.PrecisionName(date.Value.Precision),-5}  {Where(article, date.Span)}");
            }
        }
        if (article.Places.Count > 0)
        {
            _out.WriteLine("  places:");
            int width = Math.Min(32, article.Places.Max(p => p.Text.Length) + 2);
            foreach (var place in article.Places)
            {
                string quoted = $"\"{place.Text}\"";
                string where = place.Admin1 is { } a ? $"{place.Country} {a.Code} {a.Name}" : place.Country ?? "?";
                string qualifier = place.Qualifier is null ? "" : $" ({place.Qualifier})";
                _out.WriteLine($"    {quoted.PadRight(width)} {place.Precision?.ToString().ToLowerInvariant(),-8} {where}{qualifier}  {Where(article, place.Span)}");
            }
        }
        if (article.Actors.Count > 0)
        {
            _out.WriteLine("  actors:");
            foreach (var actor in article.Actors)
            {
                string who = actor.Person ?? actor.Group ?? "";
                string label = actor.Label is null ? "" : $"  label: \"{actor.Label}\"";
                _out.WriteLine($"    {actor.Code,-8} \"{actor.Text}\"{(who.Length > 0 && who != actor.Text ? $" = {who}" : "")}{label}");
            }
        }
        foreach (var quote in article.Quotes)
        {
            string text = quote.Text.Length > 60 ? quote.Text[..57] + "…" : quote.Text;
            _out.WriteLine($"  quote: \"{text}\" — {quote.SpeakerText ?? "?"} ({quote.Speaker?.Code ?? "unattributed"})");
        }
        if (article.Events.Count > 0)
        {
            _out.WriteLine("  events:");
            foreach (var e in article.Events)
            {
                string who = e.Actor1.Count == 0 ? "?" : string.Join("+", e.Actor1.Select(a => a.Code).Distinct());
                string whom = e.Actor2.Count == 0 ? "" : " → " + string.Join("+", e.Actor2.Select(a => a.Code).Distinct());
                string claimed = e.ClaimedBy is { Count: > 0 } c ? $" by {string.Join("+", c.Select(a => a.Code).Distinct())}" : "";
                _out.WriteLine($"    {e.Cameo,-5} {e.Plover,-9} \"{e.Trigger}\" {who}{whom} @ {e.Place?.Name ?? "?"} {e.Date?.ToString() ?? "?"}  {e.Modality.ToString().ToLowerInvariant()}{claimed}");
            }
        }
        if (article.FocusPlace is { } focus)
            _out.WriteLine($"  focus: {focus.Name} ({focus.Admin1?.Name ?? focus.Country})");
        _out.WriteLine();
        _out.Flush();
    }

    public void Dispose() => _out.Dispose();

    private static string Describe(PublicationDate? published) => published is null
        ? "unknown"
        : $"{published.Value} ({published.Origin.ToString().ToLowerInvariant()}{(published.Text is { } t ? $": \"{t}\"" : "")})";

    /// <summary>"¶3" and the offsets, so a reader can find the mention in the text.</summary>
    private static string Where(Article article, TextSpan span)
    {
        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            if (article.Paragraphs[i].Contains(span))
                return $"¶{i + 1} {span}";
        }
        return $"title {span}";
    }
}

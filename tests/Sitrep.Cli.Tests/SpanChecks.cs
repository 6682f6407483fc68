using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>
/// The contract's promise: every span anywhere in an article, of any layer, cuts its mention out
/// of <c>text</c>. Walks the JSON generically so layers added later are checked too.
/// </summary>
internal static class SpanChecks
{
    public static int AssertAllSpansCutTheirText(JsonElement article)
    {
        string text = article.GetProperty("text").GetString()!;
        int checkedSpans = 0;
        foreach (var property in article.EnumerateObject())
        {
            if (property.Name is "paragraphs" or "sentences")
            {
                foreach (var span in property.Value.EnumerateArray())
                {
                    var (start, end) = Read(span);
                    Assert.InRange(start, 0, end);
                    Assert.InRange(end, start, text.Length);
                    Assert.False(string.IsNullOrWhiteSpace(text[start..end]));
                    checkedSpans++;
                }
            }
            else
            {
                checkedSpans += Walk(property.Value, text, $"{property.Name}");
            }
        }
        return checkedSpans;
    }

    /// <summary>Any object with a "span" and a "text" must satisfy text == article.text[span].</summary>
    private static int Walk(JsonElement element, string text, string path)
    {
        int count = 0;
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("span", out var span) && span.ValueKind == JsonValueKind.Array)
            {
                var (start, end) = Read(span);
                Assert.InRange(end, start, text.Length);
                Assert.True(start >= 0, $"{path}: negative start");
                if (element.TryGetProperty("text", out var mention) && mention.ValueKind == JsonValueKind.String)
                    Assert.True(mention.GetString() == text[start..end], $"{path}: span [{start},{end}) is \"{text[start..end]}\", not \"{mention.GetString()}\"");
                count++;
            }
            foreach (var property in element.EnumerateObject())
                count += Walk(property.Value, text, $"{path}.{property.Name}");
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (var item in element.EnumerateArray())
                count += Walk(item, text, $"{path}[{i++}]");
        }
        return count;
    }

    private static (int Start, int End) Read(JsonElement span) => (span[0].GetInt32(), span[1].GetInt32());
}

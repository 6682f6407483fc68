using FsCheck;
using FsCheck.Fluent;
using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Pipeline;

/// <summary>Properties every analysed article must have, whatever the input text.</summary>
public sealed class SpanInvariantTests
{
    // Characters that stress the segmenters: stops, quotes of both kinds, apostrophes, line breaks.
    private static readonly char[] s_alphabet = "aZ .!?…,;:“”\"‘’'()-\n\t0U.S.Lt".ToCharArray();

    private static Arbitrary<string> NewsLikeText() =>
        Gen.Elements(s_alphabet).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Fact]
    public void Layers_are_ordered_disjoint_and_inside_the_text()
    {
        Prop.ForAll(NewsLikeText(), NewsLikeText(), (title, body) =>
        {
            var article = ArticleText.Compose("p", title, body);
            SitrepPipeline.WithoutGazetteer.Process(article);
            return CheckLayer(article, article.Paragraphs)
                && CheckLayer(article, article.Sentences)
                && CheckLayer(article, article.Tokens.Select(t => t.Span).ToList())
                && article.Sentences.All(s => s == article.TitleSpan || article.Paragraphs.Any(p => p.Contains(s)))
                && article.Paragraphs.All(p => p.Start >= article.BodyStart);
        }).QuickCheckThrowOnFailure();
    }

    private static bool CheckLayer(Article article, IReadOnlyList<TextSpan> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (s.IsEmpty || s.Start < 0 || s.End > article.Text.Length)
                return false;
            if (i > 0 && spans[i - 1].End > s.Start)
                return false;
            if (char.IsWhiteSpace(article.Text[s.Start]) || char.IsWhiteSpace(article.Text[s.End - 1]))
                return false;
        }
        return true;
    }
}

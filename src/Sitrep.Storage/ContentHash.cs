using System.Security.Cryptography;
using System.Text;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// What makes two articles the same: the SHA-256 of their normalised text (title and body as the
/// pipeline composes them). Metadata (outlet, URL) is not part of it, so the same wire story
/// ingested twice, from a CSV and again from a feed, is stored once.
/// </summary>
public static class ContentHash
{
    public static string Of(Article article) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Text)));
}

using System.Buffers;

namespace Sitrep.Ingestion;

/// <summary>
/// Splits a stream into lines of bytes without decoding, so each line can be validated and decoded
/// on its own (one bad line must not spoil the file). A line longer than the limit is skipped up to
/// its end and reported as too long instead of being buffered whole.
/// </summary>
internal sealed class ByteLineReader(Stream stream, int maxLineBytes) : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _start;
    private int _end;
    private bool _eof;

    public long LineNumber { get; private set; }

    /// <summary>The bytes of the first block read, for a binary check before any line is parsed.</summary>
    public ReadOnlySpan<byte> Peek()
    {
        Fill();
        return _buffer.AsSpan(_start, _end - _start);
    }

    /// <returns>False at the end of the stream. <paramref name="tooLong"/> means the line was skipped.</returns>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        line = default;
        while (true)
        {
            int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = TrimCr(_buffer.AsSpan(_start, newline));
                _start += newline + 1;
                LineNumber++;
                if (line.Length > maxLineBytes)
                {
                    tooLong = true;
                    line = default;
                }
                return true;
            }
            if (_eof)
            {
                if (_start == _end)
                    return false;
                line = TrimCr(_buffer.AsSpan(_start, _end - _start));
                _start = _end;
                LineNumber++;
                return true;
            }
            if (_end - _start > maxLineBytes)
            {
                SkipToNewline();
                tooLong = true;
                LineNumber++;
                return true;
            }
            Fill();
        }
    }

    private void SkipToNewline()
    {
        while (true)
        {
            int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start += newline + 1;
                return;
            }
            _start = _end = 0;
            if (_eof)
                return;
            Fill();
        }
    }

    private void Fill()
    {
        if (_eof)
            return;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            byte[] bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        int read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
            _eof = true;
        _end += read;
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}

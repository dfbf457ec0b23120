namespace Groupement.Functions.Documents;

/// <summary>
/// An accepted PDF, buffered (memory or a temp file deleted on dispose), with its safe name and SHA-256.
/// Dispose it once stored.
/// </summary>
public sealed class ValidatedDocument : IDisposable, IAsyncDisposable
{
    private readonly Stream _buffer;

    internal ValidatedDocument(string kind, string fileName, string originalFileName, string sha256, long size, int pageCount, Stream buffer)
    {
        Kind = kind;
        FileName = fileName;
        OriginalFileName = originalFileName;
        Sha256 = sha256;
        Size = size;
        PageCount = pageCount;
        _buffer = buffer;
    }

    /// <summary>The form field / document kind: deliberation, convention, annexe…</summary>
    public string Kind { get; }

    /// <summary>The sanitised name (always ends in .pdf).</summary>
    public string FileName { get; }

    public string OriginalFileName { get; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; }

    public long Size { get; }

    public int PageCount { get; }

    /// <summary>A read stream over the content from its start (one reader at a time).</summary>
    public Stream OpenRead()
    {
        _buffer.Position = 0;
        return new NonClosingStream(_buffer);
    }

    /// <summary>The whole content as bytes (for the analyser; at most 20 MB).</summary>
    public byte[] ToArray()
    {
        using var ms = new MemoryStream((int)Size);
        using (var s = OpenRead()) s.CopyTo(ms);
        return ms.ToArray();
    }

    public void Dispose() => _buffer.Dispose();

    public ValueTask DisposeAsync() => _buffer.DisposeAsync();

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

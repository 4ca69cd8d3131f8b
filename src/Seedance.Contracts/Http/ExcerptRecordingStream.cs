using System.Buffers;

namespace Seedance.Contracts;

/// <summary>
/// A read-only pass-through stream that remembers the first bytes read, so that a 2xx body that fails to
/// deserialize can still be shown in the error without buffering every successful response.
/// </summary>
internal sealed class ExcerptRecordingStream : Stream
{
    private readonly Stream _inner;
    private readonly int _capacity;
    private byte[]? _recorded;
    private int _recordedLength;

    public ExcerptRecordingStream(Stream inner, int capacity)
    {
        _inner = inner;
        _capacity = capacity;
    }

    /// <summary>The bytes recorded so far (at most the capacity given at construction).</summary>
    public ReadOnlySpan<byte> Recorded => _recorded is null ? default : _recorded.AsSpan(0, _recordedLength);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = _inner.Read(buffer);
        Record(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ValueTask<int> pending = _inner.ReadAsync(buffer, cancellationToken);
        if (pending.IsCompletedSuccessfully)
        {
            int read = pending.Result;
            Record(buffer.Span[..read]);
            return new ValueTask<int>(read);
        }

        return AwaitAndRecordAsync(pending, buffer);
    }

    private async ValueTask<int> AwaitAndRecordAsync(ValueTask<int> pending, Memory<byte> buffer)
    {
        int read = await pending.ConfigureAwait(false);
        Record(buffer.Span[..read]);
        return read;
    }

    private void Record(ReadOnlySpan<byte> data)
    {
        int room = _capacity - _recordedLength;
        if (room <= 0 || data.IsEmpty)
        {
            return;
        }

        // Pooled: successful calls return the buffer on dispose, so steady-state polling allocates nothing here.
        _recorded ??= ArrayPool<byte>.Shared.Rent(_capacity);
        int take = Math.Min(room, data.Length);
        data[..take].CopyTo(_recorded.AsSpan(_recordedLength));
        _recordedLength += take;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            if (_recorded is not null)
            {
                ArrayPool<byte>.Shared.Return(_recorded);
                _recorded = null;
                _recordedLength = 0;
            }
        }

        base.Dispose(disposing);
    }
}

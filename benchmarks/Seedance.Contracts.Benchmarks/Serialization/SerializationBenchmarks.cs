using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Seedance.Contracts.Benchmarks.HandWritten;

namespace Seedance.Contracts.Benchmarks.Serialization;

/// <summary>
/// Deserializes and serializes the seed's four 200 payloads (one operation = all four) with the generated
/// <see cref="MagnificJsonContext"/>, with System.Text.Json's source generator on hand-written models
/// (the baseline of each category) and with reflection on the same hand-written models.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializationBenchmarks
{
    private byte[][] _payloads = [];
    private TaskDetailResponse[] _generatedValues = [];
    private HandTaskDetailResponse[] _handValues = [];
    private JsonSerializerOptions _reflectionOptions = null!;
    private ArrayBufferWriter<byte> _buffer = null!;
    private Utf8JsonWriter _writer = null!;

    /// <summary>Loads the payloads and checks that all three serializers agree on them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _payloads = SeedPayloads.LoadUtf8();
        _reflectionOptions = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        _buffer = new ArrayBufferWriter<byte>(1024);
        _writer = new Utf8JsonWriter(_buffer);
        _generatedValues = _payloads.Select(p => JsonSerializer.Deserialize(p, MagnificJsonContext.Default.TaskDetailResponse)!).ToArray();
        _handValues = _payloads.Select(p => JsonSerializer.Deserialize(p, HandJsonContext.Default.HandTaskDetailResponse)!).ToArray();
        SerializerAgreement.Check(_payloads, _generatedValues, _handValues, _reflectionOptions);
    }

    /// <summary>Disposes the reusable writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>Generated context: deserialize the four payloads.</summary>
    /// <returns>The last value (consumed so nothing is optimised away).</returns>
    [Benchmark(Description = "MagnificJsonContext (generated)")]
    [BenchmarkCategory("Deserialize")]
    public TaskDetailResponse? Deserialize_Generated()
    {
        TaskDetailResponse? last = null;
        foreach (byte[] payload in _payloads)
        {
            last = JsonSerializer.Deserialize(payload, MagnificJsonContext.Default.TaskDetailResponse);
        }

        return last;
    }

    /// <summary>STJ source generator: deserialize the four payloads (baseline).</summary>
    /// <returns>The last value.</returns>
    [Benchmark(Baseline = true, Description = "STJ source-gen (hand-written models)")]
    [BenchmarkCategory("Deserialize")]
    public HandTaskDetailResponse? Deserialize_StjSourceGen()
    {
        HandTaskDetailResponse? last = null;
        foreach (byte[] payload in _payloads)
        {
            last = JsonSerializer.Deserialize(payload, HandJsonContext.Default.HandTaskDetailResponse);
        }

        return last;
    }

    /// <summary>STJ reflection: deserialize the four payloads.</summary>
    /// <returns>The last value.</returns>
    [Benchmark(Description = "STJ reflection (DefaultJsonTypeInfoResolver)")]
    [BenchmarkCategory("Deserialize")]
    public HandTaskDetailResponse? Deserialize_Reflection()
    {
        HandTaskDetailResponse? last = null;
        foreach (byte[] payload in _payloads)
        {
            last = JsonSerializer.Deserialize<HandTaskDetailResponse>(payload, _reflectionOptions);
        }

        return last;
    }

    /// <summary>Generated context: serialize the four values into a reused buffer.</summary>
    /// <returns>Bytes written by the last value.</returns>
    [Benchmark(Description = "MagnificJsonContext (generated)")]
    [BenchmarkCategory("Serialize")]
    public int Serialize_Generated()
    {
        int written = 0;
        foreach (TaskDetailResponse value in _generatedValues)
        {
            written = Write(value, MagnificJsonContext.Default.TaskDetailResponse);
        }

        return written;
    }

    /// <summary>STJ source generator: serialize the four values (baseline).</summary>
    /// <returns>Bytes written by the last value.</returns>
    [Benchmark(Baseline = true, Description = "STJ source-gen (hand-written models)")]
    [BenchmarkCategory("Serialize")]
    public int Serialize_StjSourceGen()
    {
        int written = 0;
        foreach (HandTaskDetailResponse value in _handValues)
        {
            written = Write(value, HandJsonContext.Default.HandTaskDetailResponse);
        }

        return written;
    }

    /// <summary>STJ reflection: serialize the four values.</summary>
    /// <returns>Bytes written by the last value.</returns>
    [Benchmark(Description = "STJ reflection (DefaultJsonTypeInfoResolver)")]
    [BenchmarkCategory("Serialize")]
    public int Serialize_Reflection()
    {
        int written = 0;
        foreach (HandTaskDetailResponse value in _handValues)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset();
            JsonSerializer.Serialize(_writer, value, _reflectionOptions);
            written = _buffer.WrittenCount;
        }

        return written;
    }

    // The writer and buffer are reused so the figures show the serializer's own allocations, not the output array's.
    private int Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        JsonSerializer.Serialize(_writer, value, typeInfo);
        return _buffer.WrittenCount;
    }
}

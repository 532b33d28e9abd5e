package org.zkopml.model;

/** The rectifier {@code y_i = max(0, x_i)}, element-wise; it keeps the scale. */
public record Relu() implements ParameterFreeLayer {
    @Override
    public int outputWidth(int width) {
        return width;
    }

    @Override
    public long outputMaxAbs(long inputMaxAbs) {
        return inputMaxAbs;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitRelu(this);
    }
}

package org.zkopml.model;

/**
 * The float GPT's forward pass with the values backpropagation needs, and the backward pass: the gradient of
 * the cross-entropy of the next token at the last position. The float model computes what the integer one
 * approximates: RMSNorm {@code x / √(mean x² + ε)·g} with ε = 2^−2A (the integer rule's +1), scores
 * {@code q·k / 2^c} (the integer rule's c), softmax, ReLU, no biases. Plain double arithmetic, in a fixed order,
 * with {@link StrictMath#exp}: reproducible bit for bit.
 */
final class GptGradient {
    /** ε of RMSNorm: 2^−2A, what "+1" at the activations' squared scale stands for. */
    static final double EPS = Math.scalb(1.0, -2 * TransformerArithmetic.ACTIVATION_BITS);

    private GptGradient() {}

    /** One window's forward values. */
    static final class Pass {
        final int[] ids;
        final double[][] x;
        final double[][] r1;
        final double[][] n1;
        final double[][] u1;
        final double[][] q;
        final double[][] k;
        final double[][] v;
        final double[][] p;
        final double[][] o;
        final double[][] mid;
        final double[][] r2;
        final double[][] n2;
        final double[][] u2;
        final double[][] a;
        final double[][] h;
        double rf;
        double[] nf;
        double[] uf;
        double[] logits;

        Pass(int[] ids, int layers) {
            this.ids = ids;
            x = new double[layers + 1][];
            r1 = new double[layers][];
            n1 = new double[layers][];
            u1 = new double[layers][];
            q = new double[layers][];
            k = new double[layers][];
            v = new double[layers][];
            p = new double[layers][];
            o = new double[layers][];
            mid = new double[layers][];
            r2 = new double[layers][];
            n2 = new double[layers][];
            u2 = new double[layers][];
            a = new double[layers][];
            h = new double[layers][];
        }
    }

    /** y[t][j] = Σ_i W[j][i]·x[t][i] for each of the t rows; W at {@code off}, rows × cols. */
    static double[] rows(double[] w, int off, int rows, int cols, double[] x, int t) {
        double[] y = new double[t * rows];
        for (int a = 0; a < t; a++) {
            for (int j = 0; j < rows; j++) {
                double s = 0;
                int base = off + j * cols;
                for (int i = 0; i < cols; i++) s += w[base + i] * x[a * cols + i];
                y[a * rows + j] = s;
            }
        }
        return y;
    }

    /** Norms each row of width d: r (per row), n = x/r, and u = n·g. */
    private static void norm(double[] x, double[] w, int g, int d, double[] r, double[] n, double[] u) {
        int t = r.length;
        for (int a = 0; a < t; a++) {
            double s = 0;
            for (int i = 0; i < d; i++) s += x[a * d + i] * x[a * d + i];
            r[a] = Math.sqrt(s / d + EPS);
            for (int i = 0; i < d; i++) {
                n[a * d + i] = x[a * d + i] / r[a];
                u[a * d + i] = n[a * d + i] * w[g + i];
            }
        }
    }

    /** The forward pass on T ids, logits of the token after the last one. */
    static Pass forward(double[] w, GptLayout lay, int[] ids) {
        GptConfig c = lay.c;
        int t = c.context(), d = c.width(), f = c.hidden(), heads = c.heads(), dh = c.headWidth();
        double scale = Math.scalb(1.0, -TransformerArithmetic.scoreScaleBits(dh));
        Pass ps = new Pass(ids, c.layers());
        double[] x = new double[t * d];
        for (int a = 0; a < t; a++) {
            for (int i = 0; i < d; i++) x[a * d + i] = w[lay.tok + ids[a] * d + i] + w[lay.pos + a * d + i];
        }
        ps.x[0] = x;
        for (int l = 0; l < c.layers(); l++) {
            double[] r1 = new double[t], n1 = new double[t * d], u1 = new double[t * d];
            norm(x, w, lay.g1[l], d, r1, n1, u1);
            double[] q = rows(w, lay.wq[l], d, d, u1, t), k = rows(w, lay.wk[l], d, d, u1, t), v = rows(w, lay.wv[l], d, d, u1, t);
            double[] p = new double[heads * t * t], o = new double[t * d];
            for (int hh = 0; hh < heads; hh++) {
                for (int a = 0; a < t; a++) {
                    int base = (hh * t + a) * t;
                    double max = Double.NEGATIVE_INFINITY;
                    for (int b = 0; b <= a; b++) {
                        double s = 0;
                        for (int j = 0; j < dh; j++) s += q[a * d + hh * dh + j] * k[b * d + hh * dh + j];
                        p[base + b] = s * scale;
                        max = Math.max(max, p[base + b]);
                    }
                    double sum = 0;
                    for (int b = 0; b <= a; b++) {
                        p[base + b] = StrictMath.exp(p[base + b] - max);
                        sum += p[base + b];
                    }
                    for (int b = 0; b <= a; b++) p[base + b] /= sum;
                    for (int j = 0; j < dh; j++) {
                        double s = 0;
                        for (int b = 0; b <= a; b++) s += p[base + b] * v[b * d + hh * dh + j];
                        o[a * d + hh * dh + j] = s;
                    }
                }
            }
            double[] y = rows(w, lay.wo[l], d, d, o, t);
            double[] mid = new double[t * d];
            for (int i = 0; i < mid.length; i++) mid[i] = x[i] + y[i];
            double[] r2 = new double[t], n2 = new double[t * d], u2 = new double[t * d];
            norm(mid, w, lay.g2[l], d, r2, n2, u2);
            double[] a = rows(w, lay.w1[l], f, d, u2, t);
            double[] h = new double[a.length];
            for (int i = 0; i < h.length; i++) h[i] = Math.max(0, a[i]);
            double[] y2 = rows(w, lay.w2[l], d, f, h, t);
            double[] out = new double[t * d];
            for (int i = 0; i < out.length; i++) out[i] = mid[i] + y2[i];
            ps.r1[l] = r1;
            ps.n1[l] = n1;
            ps.u1[l] = u1;
            ps.q[l] = q;
            ps.k[l] = k;
            ps.v[l] = v;
            ps.p[l] = p;
            ps.o[l] = o;
            ps.r2[l] = r2;
            ps.n2[l] = n2;
            ps.u2[l] = u2;
            ps.a[l] = a;
            ps.h[l] = h;
            ps.mid[l] = mid;
            x = out;
            ps.x[l + 1] = x;
        }
        double[] last = java.util.Arrays.copyOfRange(x, (t - 1) * d, t * d);
        double[] rf = new double[1];
        ps.nf = new double[d];
        ps.uf = new double[d];
        norm(last, w, lay.gf, d, rf, ps.nf, ps.uf);
        ps.rf = rf[0];
        ps.logits = rows(w, lay.lm, c.vocabulary(), d, ps.uf, 1);
        return ps;
    }

    /** dx of a norm: (dn − n·mean(dn·n)) / r per row, added to dx. */
    private static void normBack(double[] dn, double[] n, double[] r, int d, double[] dx) {
        for (int a = 0; a < r.length; a++) {
            double dot = 0;
            for (int i = 0; i < d; i++) dot += dn[a * d + i] * n[a * d + i];
            dot /= d;
            for (int i = 0; i < d; i++) dx[a * d + i] += (dn[a * d + i] - n[a * d + i] * dot) / r[a];
        }
    }

    /** For y = W·x over t rows: gW += dy ⊗ x, and returns dx = Wᵀ·dy. */
    private static double[] rowsBack(double[] w, double[] gw, int off, int rows, int cols, double[] x, double[] dy, int t) {
        double[] dx = new double[t * cols];
        for (int a = 0; a < t; a++) {
            for (int j = 0; j < rows; j++) {
                double g = dy[a * rows + j];
                if (g == 0) continue;
                int base = off + j * cols;
                for (int i = 0; i < cols; i++) {
                    gw[base + i] += g * x[a * cols + i];
                    dx[a * cols + i] += g * w[base + i];
                }
            }
        }
        return dx;
    }

    /** Adds the gradient of −log softmax(logits)[target] to {@code grad}; returns that loss. */
    static double backward(double[] w, GptLayout lay, Pass ps, int target, double[] grad) {
        GptConfig c = lay.c;
        int t = c.context(), d = c.width(), f = c.hidden(), heads = c.heads(), dh = c.headWidth();
        double scale = Math.scalb(1.0, -TransformerArithmetic.scoreScaleBits(dh));
        double[] z = ps.logits;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double sum = 0;
        double[] dz = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            dz[i] = StrictMath.exp(z[i] - max);
            sum += dz[i];
        }
        double loss = -(z[target] - max - StrictMath.log(sum));
        for (int i = 0; i < z.length; i++) dz[i] /= sum;
        dz[target] -= 1;
        double[] duf = rowsBack(w, grad, lay.lm, c.vocabulary(), d, ps.uf, dz, 1);
        double[] dnf = new double[d];
        for (int i = 0; i < d; i++) {
            grad[lay.gf + i] += duf[i] * ps.nf[i];
            dnf[i] = duf[i] * w[lay.gf + i];
        }
        double[] dx = new double[t * d];
        double[] dlast = new double[d];
        normBack(dnf, ps.nf, new double[] {ps.rf}, d, dlast);
        System.arraycopy(dlast, 0, dx, (t - 1) * d, d);
        for (int l = c.layers() - 1; l >= 0; l--) {
            // x2 = mid + W2·relu(W1·u2)
            double[] dh2 = rowsBack(w, grad, lay.w2[l], d, f, ps.h[l], dx, t);
            for (int i = 0; i < dh2.length; i++) if (ps.a[l][i] <= 0) dh2[i] = 0;
            double[] du2 = rowsBack(w, grad, lay.w1[l], f, d, ps.u2[l], dh2, t);
            double[] dn2 = new double[t * d];
            for (int a = 0; a < t; a++) {
                for (int i = 0; i < d; i++) {
                    grad[lay.g2[l] + i] += du2[a * d + i] * ps.n2[l][a * d + i];
                    dn2[a * d + i] = du2[a * d + i] * w[lay.g2[l] + i];
                }
            }
            double[] dmid = dx.clone();
            normBack(dn2, ps.n2[l], ps.r2[l], d, dmid);
            // mid = x + Wo·o
            double[] dout = rowsBack(w, grad, lay.wo[l], d, d, ps.o[l], dmid, t);
            double[] dq = new double[t * d], dk = new double[t * d], dv = new double[t * d];
            double[] q = ps.q[l], k = ps.k[l], v = ps.v[l], p = ps.p[l];
            double[] dp = new double[t];
            for (int hh = 0; hh < heads; hh++) {
                for (int a = 0; a < t; a++) {
                    int base = (hh * t + a) * t;
                    double dot = 0;
                    for (int b = 0; b <= a; b++) {
                        double s = 0;
                        for (int j = 0; j < dh; j++) {
                            s += dout[a * d + hh * dh + j] * v[b * d + hh * dh + j];
                            dv[b * d + hh * dh + j] += p[base + b] * dout[a * d + hh * dh + j];
                        }
                        dp[b] = s;
                        dot += p[base + b] * s;
                    }
                    for (int b = 0; b <= a; b++) {
                        double ds = p[base + b] * (dp[b] - dot) * scale;
                        if (ds == 0) continue;
                        for (int j = 0; j < dh; j++) {
                            dq[a * d + hh * dh + j] += ds * k[b * d + hh * dh + j];
                            dk[b * d + hh * dh + j] += ds * q[a * d + hh * dh + j];
                        }
                    }
                }
            }
            double[] du1 = rowsBack(w, grad, lay.wq[l], d, d, ps.u1[l], dq, t);
            double[] du1k = rowsBack(w, grad, lay.wk[l], d, d, ps.u1[l], dk, t);
            double[] du1v = rowsBack(w, grad, lay.wv[l], d, d, ps.u1[l], dv, t);
            double[] dn1 = new double[t * d];
            for (int a = 0; a < t; a++) {
                for (int i = 0; i < d; i++) {
                    int at = a * d + i;
                    double du = du1[at] + du1k[at] + du1v[at];
                    grad[lay.g1[l] + i] += du * ps.n1[l][at];
                    dn1[at] = du * w[lay.g1[l] + i];
                }
            }
            double[] dxin = dmid.clone();
            normBack(dn1, ps.n1[l], ps.r1[l], d, dxin);
            dx = dxin;
        }
        for (int a = 0; a < t; a++) {
            for (int i = 0; i < d; i++) {
                grad[lay.tok + ps.ids[a] * d + i] += dx[a * d + i];
                grad[lay.pos + a * d + i] += dx[a * d + i];
            }
        }
        return loss;
    }
}

# monitor: government website freshness monitor.
# Build: docker build -t monitor .   Run: docker run -v $PWD/data:/data monitor check --config /data/config.yaml
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md alembic.ini ./
COPY monitor ./monitor
COPY alembic ./alembic
RUN pip install --no-cache-dir build && python -m build --wheel --outdir /wheels

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 TZ=Asia/Shanghai MONITOR_CONFIG=/data/config.yaml
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir "$(ls /wheels/*.whl)[postgres]" && rm -rf /wheels \
    && useradd --create-home --uid 10001 monitor && mkdir /data && chown monitor /data
USER monitor
WORKDIR /data
VOLUME ["/data"]
ENTRYPOINT ["monitor"]
CMD ["--help"]
